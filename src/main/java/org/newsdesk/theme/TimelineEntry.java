package org.newsdesk.theme;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.newsdesk.base.Language;

/**
 * One entry of a theme's yearly action timeline as the back office sees it: every language it is written in.
 *
 * @param version       the stored version, which a change must name to be accepted
 * @param date          null when only the year is known
 * @param articleId     the linked article, or null
 * @param articleTitles the linked article's titles in the languages it has, whatever their state
 */
public record TimelineEntry(
        long id,
        int version,
        long themeId,
        int year,
        @Nullable LocalDate date,
        Map<Language, String> texts,
        @Nullable Long articleId,
        Map<Language, String> articleTitles) {

    public TimelineEntry {
        texts = inLanguageOrder(texts);
        articleTitles = inLanguageOrder(articleTitles);
    }

    /** The text in the preferred language, or else in the first language it is written in. */
    public String textIn(Language preferred) {
        return texts.getOrDefault(preferred, texts.values().stream().findFirst().orElse(""));
    }

    /** The linked article in the preferred language, or else in the first language it has. */
    public Optional<LinkableArticle> articleIn(Language preferred) {
        if (articleId == null || articleTitles.isEmpty()) {
            return Optional.empty();
        }
        var title = Language.preferredOrFirst(articleTitles.entrySet(), Map.Entry::getKey, preferred);
        return Optional.of(new LinkableArticle(articleId, title.getKey(), title.getValue()));
    }

    /** This entry as a starting point for an edit. */
    public TimelineEntryDraft draft() {
        return new TimelineEntryDraft(id, version, themeId, year, date, texts, articleId);
    }

    static <T> Map<Language, T> inLanguageOrder(Map<Language, T> byLanguage) {
        var ordered = new EnumMap<Language, T>(Language.class);
        ordered.putAll(byLanguage);
        return Collections.unmodifiableMap(ordered);
    }
}
