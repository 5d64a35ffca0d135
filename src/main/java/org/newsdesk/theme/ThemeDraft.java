package org.newsdesk.theme;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.newsdesk.base.Language;

/** A theme as the back office edits it; {@code themeId} is null for a theme not saved yet. */
public record ThemeDraft(@Nullable Long themeId, Map<Language, ThemeNames> names) {

    public ThemeDraft {
        names = names.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(names));
    }

    /** The name in the preferred language, or else in the first language the theme has. */
    public String nameIn(Language preferred) {
        return Optional.ofNullable(names.get(preferred))
                .or(() -> Arrays.stream(Language.values())
                        .map(names::get)
                        .filter(Objects::nonNull)
                        .findFirst())
                .map(ThemeNames::name)
                .orElse("");
    }
}
