package org.newsdesk.base;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A change refused because of what was entered, or because of the state it would change; nothing was stored. Every
 * service refuses this way, so that every view can show each problem next to its field, all at once.
 *
 * @see #problems()
 */
public class Rejected extends RuntimeException {

    private final Map<String, Problem> problems;

    public Rejected(Map<String, Problem> problems) {
        super("Refused: " + problems.keySet());
        this.problems = Collections.unmodifiableMap(new LinkedHashMap<>(problems));
    }

    public Rejected(String field, String messageKey, Object... arguments) {
        this(Map.of(field, Problem.of(messageKey, arguments)));
    }

    /**
     * Field to its problem, in the order found. Fields are named by the service: {@code title}, or per language
     * {@code nl.title}, {@code fr.slug}; a name that is no field (such as {@code entry}) is about the whole.
     */
    public Map<String, Problem> problems() {
        return problems;
    }

    /** The problems of the fields named {@code prefix.…}, by the rest of their name: one language's, say. */
    public Map<String, Problem> under(String prefix) {
        var found = new LinkedHashMap<String, Problem>();
        problems.forEach((field, problem) -> {
            if (field.startsWith(prefix + ".")) {
                found.put(field.substring(prefix.length() + 1), problem);
            }
        });
        return found;
    }

    /** Field to message key: what tests and logs compare. */
    public Map<String, String> messageKeys() {
        var keys = new LinkedHashMap<String, String>();
        problems.forEach((field, problem) -> keys.put(field, problem.messageKey()));
        return keys;
    }
}
