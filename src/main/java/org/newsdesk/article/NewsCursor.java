package org.newsdesk.article;

import java.time.LocalDate;

/**
 * Where the next page of news starts: just after this article in newest-first order. Paging by position
 * instead of by OFFSET keeps a page a thousand pages deep as cheap as the first.
 */
public record NewsCursor(LocalDate publicationDate, long articleId) {

    static NewsCursor after(ArticleCard card) {
        return new NewsCursor(card.publicationDate(), card.articleId());
    }
}
