package org.newsdesk.translation;

import java.time.LocalDate;
import java.util.List;

import org.newsdesk.base.Language;

/**
 * One article in the translation overview.
 *
 * @param title         in the language asked for when the article has it, otherwise in its first language
 * @param titleLanguage the language of {@code title}
 * @param versions      one per language, in language order, missing ones included
 */
public record TranslationRow(
        long articleId,
        String title,
        Language titleLanguage,
        LocalDate publicationDate,
        List<VersionStanding> versions) {

    public TranslationRow {
        versions = List.copyOf(versions);
    }

    TranslationRow withVersions(List<VersionStanding> versions) {
        return new TranslationRow(articleId, title, titleLanguage, publicationDate, versions);
    }
}
