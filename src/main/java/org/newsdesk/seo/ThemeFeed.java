package org.newsdesk.seo;

import java.util.List;

import org.newsdesk.article.ArticleCard;

/** The feed of one theme: its name and slug in the feed's language, and its newest published articles. */
public record ThemeFeed(String themeName, String themeSlug, List<ArticleCard> items) {}
