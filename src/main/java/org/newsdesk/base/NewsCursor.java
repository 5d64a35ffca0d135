package org.newsdesk.base;

import java.time.LocalDate;

/**
 * A place in the news, newest first: just after this article. Paging by position instead of by OFFSET keeps a
 * page a thousand pages deep as cheap as the first; the grid and search both page this way.
 */
public record NewsCursor(LocalDate publicationDate, long articleId) {}
