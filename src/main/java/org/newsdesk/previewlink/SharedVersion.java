package org.newsdesk.previewlink;

import java.time.Instant;

import org.newsdesk.article.ArticlePage;

/**
 * The version a preview link opens, with its stored text as it is now.
 *
 * @param expiresAt until when the link opens it
 * @param token     the link's secret, which its page passes on to get the version's image and documents
 */
public record SharedVersion(ArticlePage page, Instant expiresAt, String token) {}
