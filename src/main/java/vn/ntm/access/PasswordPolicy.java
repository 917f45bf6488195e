package vn.ntm.access;

import java.security.SecureRandom;
import org.springframework.stereotype.Component;
import vn.ntm.errors.BadInputException;

/** How long a password must be, and how temporary passwords are made (readable, no look-alike characters). */
@Component
class PasswordPolicy {

    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private final SecureRandom random = new SecureRandom();
    private final LoginProperties properties;

    PasswordPolicy(LoginProperties properties) {
        this.properties = properties;
    }

    void check(String field, String password) {
        if (password == null || password.length() < properties.minPasswordLength()) {
            throw new BadInputException(field, "error.password.tooShort", properties.minPasswordLength());
        }
        if (password.isBlank() || password.chars().distinct().count() < 4) {
            throw new BadInputException(field, "error.password.tooSimple");
        }
    }

    String temporary() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 14; i++) {
            b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }
}
