package vn.ntm.web;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;
import vn.ntm.errors.BadInputException;
import vn.ntm.text.InputText;

/**
 * {@link InputGuard}'s floor for JSON bodies of the API: a string with a control character or over
 * {@link InputText#MAX_ANY} characters is refused as the field it was sent in, and
 * {@link ProblemResponses} answers with that message rather than "unreadable body".
 */
@Configuration(proxyBeanMethods = false)
class JsonTextGuard {

    @Bean
    JacksonModule inputTextModule() {
        return new SimpleModule("ntm-input-text").addDeserializer(String.class, new Checked());
    }

    static final class Checked extends StringDeserializer {

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            String text = super.deserialize(p, ctxt);
            String field = p.currentName() == null ? "body" : p.currentName();
            InputText.characters(field, text)
                    .or(() -> InputGuard.floor(field, text))
                    .ifPresent(problem -> {
                        throw new BadInputException(List.of(problem));
                    });
            return text;
        }
    }
}
