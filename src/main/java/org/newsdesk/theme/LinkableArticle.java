package org.newsdesk.theme;

import java.util.Locale;

import org.newsdesk.base.Language;

/** One language version of an article that a timeline entry can link to, as editors find it by its title. */
public record LinkableArticle(long articleId, Language language, String title) {

    /** The title with its language, as in "Title (EN)": titles alone can be alike across languages. */
    public String label() {
        return title + " (" + language.code().toUpperCase(Locale.ROOT) + ")";
    }
}
