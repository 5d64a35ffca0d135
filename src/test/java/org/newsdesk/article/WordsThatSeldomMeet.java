package org.newsdesk.article;

import static org.newsdesk.jooq.Tables.ARTICLE;
import static org.newsdesk.jooq.Tables.ARTICLE_TRANSLATION;

import java.time.LocalDate;

import org.jooq.DSLContext;
import org.newsdesk.base.Language;
import org.newsdesk.base.PublicationStatus;
import org.newsdesk.search.NewsSearch;

/**
 * Thousands of published Dutch articles, one a day, each holding one of two words and never both: enough for
 * each word to count as common, so that a search for both tries the newest articles one by one and stops at its
 * bound without a match. Written with SQL (the caller indexes them, and its transaction rolls them back).
 */
public final class WordsThatSeldomMeet {

    public static final String QUERY = "noordkant zuidkant";
    /** How many of the newest articles such a search tries before it stops and says how far back it looked. */
    public static final int SEARCH_BOUND = NewsSearch.NEWEST_TRIED;

    public static final int COUNT = 4_200;
    private static final long FIRST_ID = 900_000_000L;

    private WordsThatSeldomMeet() {}

    /** @return the publication date of the newest, day {@link #COUNT} after the given date; the oldest is the next day */
    public static LocalDate insertAfter(DSLContext dsl, LocalDate date) {
        var articles = dsl.insertInto(ARTICLE, ARTICLE.ID, ARTICLE.PUBLICATION_DATE);
        var versions = dsl.insertInto(
                ARTICLE_TRANSLATION,
                ARTICLE_TRANSLATION.ARTICLE_ID,
                ARTICLE_TRANSLATION.LANG,
                ARTICLE_TRANSLATION.TITLE,
                ARTICLE_TRANSLATION.SLUG,
                ARTICLE_TRANSLATION.BODY,
                ARTICLE_TRANSLATION.STATUS);
        for (long day = 1; day <= COUNT; day++) {
            var id = FIRST_ID + day;
            articles = articles.values(id, date.plusDays(day));
            versions = versions.values(
                    id,
                    Language.NL,
                    "Grensbericht " + day,
                    "grensbericht-" + day,
                    day % 2 == 0 ? "Aan de noordkant." : "Aan de zuidkant.",
                    PublicationStatus.PUBLISHED);
        }
        articles.execute();
        versions.execute();
        return date.plusDays(COUNT);
    }
}
