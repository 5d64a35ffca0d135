package org.newsdesk.seo;

import java.time.LocalDate;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.newsdesk.base.Language;

/**
 * One public page as search engines should know it.
 *
 * @param path         site-relative path, without a leading slash
 * @param lastModified when its content last changed; null when nothing on it has been published yet
 * @param alternates   the site-relative paths of this page in every language it exists in, itself included
 */
public record SitemapPage(String path, @Nullable LocalDate lastModified, Map<Language, String> alternates) {}
