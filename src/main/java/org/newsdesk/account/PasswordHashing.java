package org.newsdesk.account;

import java.util.Objects;

import org.springframework.security.crypto.password.PasswordEncoder;

/** Spring's encoder answers null only for a null password, which no account rule lets through. */
final class PasswordHashing {

    private PasswordHashing() {}

    static String hash(PasswordEncoder encoder, String password) {
        return Objects.requireNonNull(encoder.encode(password), "a password without a hash");
    }
}
