package org.newsdesk.theme;

import java.util.Map;

/** A theme change refused because of what was entered, or because articles still use the theme. */
public class ThemeRejectedException extends RuntimeException {

    private final Map<String, String> problems;

    ThemeRejectedException(Map<String, String> problems) {
        super("Theme change refused: " + problems);
        this.problems = Map.copyOf(problems);
    }

    /** Field ({@code nl.name}, {@code fr.slug}, … or {@code theme}) to the i18n key of its problem. */
    public Map<String, String> problems() {
        return problems;
    }
}
