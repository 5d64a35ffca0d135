package org.newsdesk.previewlink;

/**
 * How many days a new preview link opens its version ({@code newsdesk.preview-links.*}).
 *
 * @param usual   offered when a link is made
 * @param longest the most anyone may choose
 */
public record ValidDays(int usual, int longest) {}
