package org.newsdesk.seo;

import java.util.List;
import java.util.Optional;

import org.newsdesk.article.ArticleCard;
import org.newsdesk.article.ArticleService;
import org.newsdesk.article.NewsQuery;
import org.newsdesk.base.Language;
import org.newsdesk.theme.ThemeService;
import org.springframework.stereotype.Service;

/** The newest published articles, as news feeds offer them: the same selection as the news grid. */
@Service
public class FeedService {

    /** Enough for a reader that polls now and then, few enough to stay quick. */
    public static final int FEED_SIZE = 20;

    private final ArticleService articles;
    private final ThemeService themes;

    FeedService(ArticleService articles, ThemeService themes) {
        this.articles = articles;
        this.themes = themes;
    }

    /** The newest published articles of one language, newest first. */
    public List<ArticleCard> newest(Language language) {
        return articles.latest(language, FEED_SIZE);
    }

    /** The newest published articles of one theme; empty when the theme has no such slug in this language. */
    public Optional<ThemeFeed> newestInTheme(Language language, String themeSlug) {
        return themes.bySlug(language, themeSlug)
                .map(theme -> new ThemeFeed(
                        theme.name(),
                        theme.slug(),
                        articles.news(language, NewsQuery.ofTheme(theme.id()), null, FEED_SIZE)
                                .cards()));
    }
}
