package org.newsdesk.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** What a staff password must be: 12 to 128 characters and none of the passwords guessers try first. */
@Component
class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;

    private final Set<String> commonPasswords;

    PasswordPolicy() {
        commonPasswords = load(new ClassPathResource("org/newsdesk/account/common-passwords.txt"));
    }

    /** Why the password is refused, or empty when it is acceptable. */
    Optional<AccountProblem> problemWith(String password) {
        if (password == null) {
            return Optional.of(AccountProblem.PASSWORD_LENGTH);
        }
        var length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            return Optional.of(AccountProblem.PASSWORD_LENGTH);
        }
        if (commonPasswords.contains(password.toLowerCase(Locale.ROOT))) {
            return Optional.of(AccountProblem.PASSWORD_COMMON);
        }
        return Optional.empty();
    }

    private static Set<String> load(ClassPathResource list) {
        try (var lines = new BufferedReader(new InputStreamReader(list.getInputStream(), StandardCharsets.UTF_8))) {
            return lines.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the list of common passwords", e);
        }
    }
}
