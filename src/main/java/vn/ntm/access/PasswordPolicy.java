package vn.ntm.access;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.ntm.errors.BadInputException;
import vn.ntm.text.InputText;
import vn.ntm.text.SearchKey;

/**
 * What a chosen password must be, and how temporary passwords are made (readable, no look-alike characters). A
 * password has at least {@code ntm.login.min-password-length} characters, at most {@link #MAX_BYTES} bytes in UTF-8
 * (bcrypt reads no further, and a Vietnamese letter takes two or three bytes), no control character, at least four
 * different characters, is not the user name, and is none of the common passwords shipped with the product
 * ({@code access/common-passwords.txt}, compared without case and diacritics): what guessing tries first.
 */
@Component
class PasswordPolicy {

    /** bcrypt uses the first 72 bytes of a password; a longer one would be refused or silently cut. */
    static final int MAX_BYTES = 72;

    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final String[] LISTS = {"access/common-passwords.txt", "access/common-passwords-vi.txt"};
    private final SecureRandom random = new SecureRandom();
    private final LoginProperties properties;
    private final Set<String> common;

    PasswordPolicy(LoginProperties properties) {
        this.properties = properties;
        this.common = load(properties.minPasswordLength());
    }

    /** Refuses a password that breaks a rule above, on {@code field}. */
    void check(String field, String password) {
        check(field, password, null);
    }

    /** The same, also refusing the user's own name as password. */
    void check(String field, String password, String username) {
        if (password == null || password.codePointCount(0, password.length()) < properties.minPasswordLength()) {
            throw new BadInputException(field, "error.password.tooShort", properties.minPasswordLength());
        }
        int bytes = password.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_BYTES) {
            throw new BadInputException(field, "input.error.passwordBytes", bytes, MAX_BYTES);
        }
        if (InputText.forbiddenAt(password) >= 0) {
            throw new BadInputException(field, "input.error.passwordControl");
        }
        if (password.isBlank() || password.chars().distinct().count() < 4) {
            throw new BadInputException(field, "error.password.tooSimple");
        }
        String folded = fold(password);
        if (username != null && folded.equals(fold(username))) {
            throw new BadInputException(field, "input.error.passwordIsUsername");
        }
        if (common.contains(folded)) {
            throw new BadInputException(field, "input.error.passwordCommon");
        }
    }

    /** Whether a password typed at sign-in or as the current one can be a stored one at all (bcrypt's 72 bytes). */
    static boolean fitsHash(String password) {
        return password != null && password.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
    }

    String temporary() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 14; i++) {
            b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }

    /** Lower case, without diacritics or spaces: "Mật Khẩu 123" and "matkhau123" are the same guess. */
    static String fold(String text) {
        return SearchKey.of(text).replace(" ", "");
    }

    /** The listed passwords that the length rule lets through (shorter ones are refused anyway), folded. */
    private static Set<String> load(int minLength) {
        Set<String> words = new HashSet<>();
        for (String list : LISTS) {
            InputStream in = PasswordPolicy.class.getClassLoader().getResourceAsStream(list);
            if (in == null) {
                throw new IllegalStateException("Missing " + list);
            }
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                reader.lines()
                        .filter(l -> !l.startsWith("# ") && l.codePointCount(0, l.length()) >= minLength)
                        .map(PasswordPolicy::fold)
                        .forEach(words::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Set.copyOf(words);
    }
}
