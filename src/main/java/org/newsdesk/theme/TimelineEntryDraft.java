package org.newsdesk.theme;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.newsdesk.base.Language;

/**
 * A timeline entry as an editor wrote it. Texts are trimmed and languages left blank are dropped.
 *
 * @param entryId null for an entry not saved yet
 * @param version the version the editor started from
 * @param year    null when the editor left it empty
 */
public record TimelineEntryDraft(
        @Nullable Long entryId,
        int version,
        long themeId,
        @Nullable Integer year,
        @Nullable LocalDate date,
        Map<Language, String> texts,
        @Nullable Long articleId) {

    public TimelineEntryDraft {
        var written = new HashMap<Language, String>();
        texts.forEach((language, text) -> {
            if (text != null && !text.isBlank()) {
                written.put(language, text.strip());
            }
        });
        texts = TimelineEntry.inLanguageOrder(written);
    }

    public static TimelineEntryDraft newEntry(long themeId, int year) {
        return new TimelineEntryDraft(null, 0, themeId, year, null, Map.of(), null);
    }
}
