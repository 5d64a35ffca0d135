package org.newsdesk.account;

/** What a staff password must be. */
final class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    static boolean hasAcceptableLength(String password) {
        if (password == null) {
            return false;
        }
        var length = password.codePointCount(0, password.length());
        return length >= MIN_LENGTH && length <= MAX_LENGTH;
    }
}
