package org.newsdesk.site.html;

import java.util.List;

import org.newsdesk.article.ArticleCard;
import org.newsdesk.article.ArticleService;
import org.newsdesk.article.NewsQuery;
import org.newsdesk.featured.FeaturedNews;
import org.newsdesk.theme.Theme;

/**
 * The news a theme page lists: the featured articles of the theme first, in the editors' order, then its newest
 * other articles.
 */
public record ThemeNews(List<ArticleCard> featured, List<ArticleCard> latest) {

    /** How many of the theme's latest articles the page lists after the featured ones. */
    public static final int LATEST_SHOWN = 6;

    public ThemeNews {
        featured = List.copyOf(featured);
        latest = List.copyOf(latest);
    }

    public static ThemeNews load(ArticleService articles, FeaturedNews featuredNews, Theme theme) {
        var featured = featuredNews.shownOfTheme(theme.language(), theme.id());
        var others = NewsQuery.ofTheme(theme.id())
                .without(featured.stream().map(ArticleCard::articleId).toList());
        return new ThemeNews(
                featured,
                articles.news(theme.language(), others, null, LATEST_SHOWN).cards());
    }

    public boolean isEmpty() {
        return featured.isEmpty() && latest.isEmpty();
    }
}
