package org.newsdesk.article;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.newsdesk.base.Language;
import org.newsdesk.publiccontent.PublicContentChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The years with published news per language, remembered until the public content changes, and for a minute at
 * most. Every news-grid view offers them as a filter, and they change only when the first article of a new year is
 * published or the last of one goes: forgetting them on every change (which other instances follow from the
 * database) shows a new year at once, while the query runs at most once a minute between changes.
 */
@Component
class PublicationYears {

    static final Duration KEPT = Duration.ofMinutes(1);

    private record Remembered(List<Integer> years, Instant until) {}

    private final ArticleRepository articles;
    private final Clock clock;
    private final Map<Language, Remembered> byLanguage = new ConcurrentHashMap<>();

    PublicationYears(ArticleRepository articles, Clock clock) {
        this.articles = articles;
        this.clock = clock;
    }

    List<Integer> of(Language language) {
        var now = clock.instant();
        var remembered = byLanguage.get(language);
        if (remembered == null || now.isAfter(remembered.until())) {
            remembered = new Remembered(List.copyOf(articles.findPublicationYears(language)), now.plus(KEPT));
            byLanguage.put(language, remembered);
        }
        return remembered.years();
    }

    @EventListener(PublicContentChanged.class)
    void forget() {
        byLanguage.clear();
    }
}
