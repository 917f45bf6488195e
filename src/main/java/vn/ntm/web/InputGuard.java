package vn.ntm.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import vn.ntm.errors.BadInputException;
import vn.ntm.errors.FieldProblem;
import vn.ntm.text.InputText;
import vn.ntm.text.TextKind;
import vn.ntm.text.VietnameseNumber;

/**
 * The floor under every form, search box and upload: before any controller runs, a request parameter with a control
 * character (NUL...) or more than {@link InputText#MAX_ANY} characters, or an uploaded file whose name has a control
 * character or more than {@link TextKind#FILE_NAME} characters, is refused with a message naming the field (400),
 * instead of reaching PostgreSQL, which refuses NUL with an error the user cannot act on (a 500). The services still
 * apply the tighter limit of each kind of text ({@link TextKind}); JSON bodies get the same floor from
 * {@link JsonTextGuard}.
 */
@Configuration(proxyBeanMethods = false)
class InputGuard implements WebMvcConfigurer, HandlerInterceptor {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod)) {
            return true; // static files read no parameter, and no error page of a controller would answer
        }
        List<FieldProblem> problems = new ArrayList<>();
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            String name = parameter.getKey();
            InputText.characters(name, name).ifPresent(problems::add);
            for (String value : parameter.getValue()) {
                InputText.characters(name, value).or(() -> floor(name, value)).ifPresent(problems::add);
            }
        }
        // the multipart request Spring resolved (the one controllers get): names of uploaded files
        if (request instanceof MultipartHttpServletRequest multipart) {
            for (MultipartFile upload : multipart.getMultiFileMap().values().stream()
                    .flatMap(List::stream)
                    .toList()) {
                String file = upload.getOriginalFilename();
                InputText.characters("file", file)
                        .or(() -> InputText.length("file", file, TextKind.FILE_NAME.maxLength()))
                        .ifPresent(problems::add);
            }
        }
        if (!problems.isEmpty()) {
            throw new BadInputException(problems.subList(0, Math.min(problems.size(), 10)));
        }
        return true;
    }

    /**
     * Over {@link InputText#MAX_ANY} characters; a long number is left to the reader of numbers, which says how many
     * digits it has and how many its indicator takes.
     */
    static Optional<FieldProblem> floor(String field, String text) {
        return text == null || text.length() <= InputText.MAX_ANY || VietnameseNumber.isNumeral(text)
                ? Optional.empty()
                : InputText.length(field, text, InputText.MAX_ANY);
    }
}
