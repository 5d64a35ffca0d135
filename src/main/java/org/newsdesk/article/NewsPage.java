package org.newsdesk.article;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.newsdesk.base.NewsCursor;

/**
 * One page of news cards, and where the next one starts if there is more.
 *
 * @param searchedBackTo present when a search stopped at its bound before the page was full: it looked through
 *                       the articles back to this date, and {@code next} searches on from there
 */
public record NewsPage(List<ArticleCard> cards, Optional<NewsCursor> next, Optional<LocalDate> searchedBackTo) {

    public NewsPage(List<ArticleCard> cards, Optional<NewsCursor> next) {
        this(cards, next, Optional.empty());
    }
}
