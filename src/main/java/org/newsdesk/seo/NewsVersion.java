package org.newsdesk.seo;

import java.time.LocalDate;

import org.newsdesk.base.Language;

/** A recently published language version, as a news sitemap names it. */
public record NewsVersion(Language language, String slug, String title, LocalDate publicationDate) {}
