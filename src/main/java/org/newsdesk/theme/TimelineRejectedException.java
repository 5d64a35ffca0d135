package org.newsdesk.theme;

import java.util.Map;

/**
 * A timeline change refused because of what was entered, or because someone else changed or deleted the entry
 * meanwhile. Nothing was stored.
 */
public class TimelineRejectedException extends RuntimeException {

    private final Map<String, String> problems;

    TimelineRejectedException(Map<String, String> problems) {
        super("Timeline change refused: " + problems);
        this.problems = Map.copyOf(problems);
    }

    /**
     * Field ({@code year}, {@code date}, {@code texts}, {@code nl.text}, … {@code article}, or {@code entry} for
     * the entry as a whole) to the i18n key of its problem.
     */
    public Map<String, String> problems() {
        return problems;
    }
}
