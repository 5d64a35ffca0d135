package org.newsdesk.editorial;

/**
 * Where one language version stands in review, for the signed-in person.
 *
 * @param publishedWithoutReview published (or scheduled) without review, and nobody has reviewed it since
 * @param mayReview              this person may approve it or send it back while it is in review, or mark it
 *                               reviewed after it went live without review: an editor or administrator who is
 *                               neither its last author nor who published it without review
 */
public record VersionReview(boolean publishedWithoutReview, boolean mayReview) {}
