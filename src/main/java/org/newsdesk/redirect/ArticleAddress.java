package org.newsdesk.redirect;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.newsdesk.base.Language;

/** What an article address ({@code /{lang}/news/{slug}}) leads to. */
public sealed interface ArticleAddress {

    /** A published version has this slug in this language: the page itself. */
    record Live() implements ArticleAddress {}

    /**
     * An old slug, or the slug of another language, of an article published in this language.
     *
     * @param path the version's current address, site-relative
     */
    record Moved(String path) implements ArticleAddress {}

    /**
     * An article that is published, but not in this language.
     *
     * @param versions the site-relative address of each published version
     */
    record ElsewhereOnly(Map<Language, String> versions) implements ArticleAddress {}

    /**
     * A version unpublished for good: the address answers 410 Gone, or leads to the page its editor chose.
     *
     * @param redirectTo the site-relative path to lead to with a 301, encoded for a Location header; null for 410
     */
    record Gone(@Nullable String redirectTo) implements ArticleAddress {}

    /** No article has, or had, this slug. */
    record Unknown() implements ArticleAddress {}
}
