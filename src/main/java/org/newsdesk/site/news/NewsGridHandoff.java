package org.newsdesk.site.news;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.newsdesk.base.Language;
import org.springframework.stereotype.Component;

/**
 * Hands the grid content a first response was rendered from to the live view that the visitor's browser asks
 * for right after it, so that one visit of a grid address queries the news once, not twice. An entry is taken
 * once and lives only a few seconds: the live view shows at most that old a page, and what crawlers and visitors
 * without scripts leave behind (they never ask for the live view) goes soon. Any visitor of the same address may
 * take it: the content is public, and the same for all of them.
 */
@Component
public class NewsGridHandoff {

    /** The browser asks for the live view within a second or two of the first response. */
    static final Duration KEPT = Duration.ofSeconds(5);
    /** A bound on what waits unclaimed when many cookieless clients fetch grid pages at once. */
    static final int MAX_WAITING = 200;

    private final Clock clock;
    private final ConcurrentHashMap<Key, Waiting> waiting = new ConcurrentHashMap<>();

    NewsGridHandoff(Clock clock) {
        this.clock = clock;
    }

    public void offer(NewsGridContent content) {
        var now = clock.instant();
        if (waiting.size() >= MAX_WAITING) {
            waiting.values().removeIf(entry -> !entry.until().isAfter(now));
            if (waiting.size() >= MAX_WAITING) {
                return;
            }
        }
        waiting.put(new Key(content.language(), content.address()), new Waiting(content, now.plus(KEPT)));
    }

    Optional<NewsGridContent> take(Language language, NewsAddress address) {
        var entry = waiting.remove(new Key(language, address));
        return entry == null || !entry.until().isAfter(clock.instant())
                ? Optional.empty()
                : Optional.of(entry.content());
    }

    private record Key(Language language, NewsAddress address) {}

    private record Waiting(NewsGridContent content, Instant until) {}
}
