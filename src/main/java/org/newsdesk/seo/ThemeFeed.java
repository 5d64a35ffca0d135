package org.newsdesk.seo;

import org.newsdesk.article.ArticleCard;
import java.util.List;

/** The feed of one theme: its name and slug in the feed's language, and its newest published articles. */
public record ThemeFeed(String themeName, String themeSlug, List<ArticleCard> items) {
}
