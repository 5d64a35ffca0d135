package org.newsdesk.editorial;

import java.util.EnumMap;
import java.util.Map;

import org.newsdesk.base.Language;

/**
 * The hero image chosen for an article, with its alt text per language as the editor wrote it.
 *
 * @param altTexts only the languages that have one
 */
public record HeroImageDraft(long imageId, Map<Language, String> altTexts) {

    public HeroImageDraft {
        var written = new EnumMap<Language, String>(Language.class);
        altTexts.forEach((language, text) -> {
            if (text != null && !text.isBlank()) {
                written.put(language, text.strip());
            }
        });
        altTexts = written.isEmpty() ? Map.of() : Map.copyOf(written);
    }

    public String altText(Language language) {
        return altTexts.getOrDefault(language, "");
    }
}
