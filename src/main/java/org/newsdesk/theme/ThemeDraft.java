package org.newsdesk.theme;

import java.util.EnumMap;
import java.util.Map;

import org.newsdesk.base.Language;

/** A theme as the back office edits it; {@code themeId} is null for a theme not saved yet. */
public record ThemeDraft(Long themeId, Map<Language, ThemeNames> names) {

    public ThemeDraft {
        names = names.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(names));
    }
}
