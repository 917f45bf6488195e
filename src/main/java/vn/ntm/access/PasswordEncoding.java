package vn.ntm.access;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** How passwords are hashed (bcrypt), for the web sign-in and the command line alike. */
@Configuration(proxyBeanMethods = false)
class PasswordEncoding {

    @Bean
    PasswordEncoder passwordEncoder() {
        return new ByteBounded(PasswordEncoderFactories.createDelegatingPasswordEncoder());
    }

    /**
     * bcrypt throws on a password over 72 bytes (a 500 at sign-in, before issue 10): such a password cannot be a
     * stored one, so it simply does not match. Choosing one is refused earlier, by {@link PasswordPolicy}.
     */
    record ByteBounded(PasswordEncoder hashing) implements PasswordEncoder {

        @Override
        public String encode(CharSequence raw) {
            return hashing.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            return raw != null && PasswordPolicy.fitsHash(raw.toString()) && hashing.matches(raw, encoded);
        }

        @Override
        public boolean upgradeEncoding(String encoded) {
            return hashing.upgradeEncoding(encoded);
        }
    }
}
