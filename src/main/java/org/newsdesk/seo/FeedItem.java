package org.newsdesk.seo;

import java.time.LocalDate;

/**
 * One published language version of an article as a feed carries it.
 *
 * @param themeName the name of the article's theme in the feed's language; null when it has none
 */
public record FeedItem(String slug, String title, String teaser, LocalDate publicationDate, String themeName) {
}
