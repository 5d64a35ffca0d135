package org.newsdesk.seo;

import java.util.List;
import java.util.Optional;

import org.newsdesk.base.Language;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The newest published articles, as news feeds offer them. */
@Service
@Transactional(readOnly = true)
public class FeedService {

    /** Enough for a reader that polls now and then, few enough to stay quick. */
    public static final int FEED_SIZE = 20;

    private final PublishedContentRepository content;

    FeedService(PublishedContentRepository content) {
        this.content = content;
    }

    /** The newest published articles of one language, newest first. */
    public List<FeedItem> newest(Language language) {
        return content.findNewest(language, FEED_SIZE);
    }

    /** The newest published articles of one theme; empty when the theme has no such slug in this language. */
    public Optional<ThemeFeed> newestInTheme(Language language, String themeSlug) {
        return content.findTheme(language, themeSlug).map(theme -> new ThemeFeed(theme.name(), theme.slug(),
                content.findNewestInTheme(language, theme.themeId(), FEED_SIZE)));
    }
}
