package org.newsdesk.base;

import java.util.List;

/** What is wrong with one field: the i18n key of its message, and the values the message mentions. */
public record Problem(String messageKey, List<Object> arguments) {

    public Problem {
        arguments = List.copyOf(arguments);
    }

    public static Problem of(String messageKey, Object... arguments) {
        return new Problem(messageKey, List.of(arguments));
    }

    /** For {@code getTranslation(key, arguments)}. */
    public Object[] argumentArray() {
        return arguments.toArray();
    }
}
