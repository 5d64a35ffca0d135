package org.newsdesk.article;

import java.util.List;
import java.util.Optional;

/** One page of news cards, and where the next one starts if there is more. */
public record NewsPage(List<ArticleCard> cards, Optional<NewsCursor> next) {
}
