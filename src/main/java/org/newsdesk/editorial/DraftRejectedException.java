package org.newsdesk.editorial;

import java.util.Map;

/**
 * A save refused because of what the editor wrote; nothing was stored.
 *
 * @see #problems()
 */
public class DraftRejectedException extends RuntimeException {

    private final Map<String, String> problems;

    DraftRejectedException(Map<String, String> problems) {
        super("The article has " + problems.size() + " problem(s): " + problems);
        this.problems = Map.copyOf(problems);
    }

    /** Field ({@code theme}, {@code date}, or {@code nl.title}, {@code fr.slug}, …) to the i18n key of its problem. */
    public Map<String, String> problems() {
        return problems;
    }
}
