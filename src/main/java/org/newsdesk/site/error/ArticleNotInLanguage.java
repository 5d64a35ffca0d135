package org.newsdesk.site.error;

import java.util.Map;

import org.newsdesk.base.Language;

/** Thrown by a view entered at an article address whose article is published, but not in that language. */
public class ArticleNotInLanguage extends RuntimeException {

    private final transient Map<Language, String> versions;

    /** @param versions the site-relative address of each published version */
    public ArticleNotInLanguage(Map<Language, String> versions) {
        super("The article is not published in this language", null, false, false);
        this.versions = Map.copyOf(versions);
    }

    Map<Language, String> versions() {
        return versions;
    }
}
