package org.newsdesk.site.cache;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.ServletException;
import org.jspecify.annotations.Nullable;
import org.newsdesk.base.NewsdeskProperties;
import org.newsdesk.publiccontent.PublicContentChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Public pages' first responses in memory, per address, bounded by their size in bytes. An entry is rendered by
 * the first request that misses it, while other requests for the same address wait for that rendering instead of
 * rendering it again; it is forgotten after the max-age (the view count it shows may lag by that much) and as
 * soon as public content changes ({@link PublicContentChanged}).
 */
@Component
class FirstResponseCache {

    private final AsyncCache<String, Entry> entries;
    /** Counts the times everything was forgotten; a rendering that overlapped one is not kept. */
    private final AtomicLong generation = new AtomicLong();

    FirstResponseCache(NewsdeskProperties settings) {
        entries = Caffeine.newBuilder()
                .maximumWeight(settings.firstResponse().cacheSize().toBytes())
                .weigher((String key, Entry entry) ->
                        key.length() + entry.response().weight())
                .expireAfterWrite(settings.firstResponse().maxAge())
                .buildAsync();
    }

    /** The response kept for this address, if it is still current. */
    @Nullable
    CachedResponse cached(String key) {
        var pending = entries.getIfPresent(key);
        if (pending == null || !pending.isDone() || pending.isCompletedExceptionally()) {
            return null;
        }
        var entry = pending.join();
        return entry != null && entry.generation() == generation.get() ? entry.response() : null;
    }

    /**
     * The response for this address: rendered by {@code render}, or by a request that is rendering it already.
     * Null when the rendering found no cacheable page (it then answered the request itself).
     */
    @Nullable
    CachedResponse renderOnce(String key, Rendering render) throws IOException, ServletException {
        var started = generation.get();
        var mine = new CompletableFuture<Entry>();
        var other = entries.asMap().putIfAbsent(key, mine);
        if (other != null) {
            var entry = other.exceptionally(failure -> null).join();
            return entry != null && entry.generation() == started ? entry.response() : render.render();
        }
        try {
            var response = render.render();
            mine.complete(response == null ? null : new Entry(response, started));
            if (response == null || generation.get() != started) {
                entries.asMap().remove(key, mine);
            }
            return response;
        } catch (IOException | ServletException | RuntimeException | Error failure) {
            mine.completeExceptionally(failure);
            entries.asMap().remove(key, mine);
            throw failure;
        }
    }

    @EventListener(PublicContentChanged.class)
    void forgetAll() {
        generation.incrementAndGet();
        entries.synchronous().invalidateAll();
    }

    /** Renders a first response for everyone, or answers the request itself and returns null. */
    @FunctionalInterface
    interface Rendering {
        @Nullable
        CachedResponse render() throws IOException, ServletException;
    }

    private record Entry(CachedResponse response, long generation) {}
}
