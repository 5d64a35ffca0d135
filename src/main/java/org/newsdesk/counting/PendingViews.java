package org.newsdesk.counting;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.LongAdder;

import org.springframework.stereotype.Component;

/**
 * Views accepted but not yet stored, per article. Drain, then either {@link #stored()} or
 * {@link #putBack(Map)}: the flusher calls them one flush at a time.
 */
@Component
class PendingViews {

    // Entries are never removed: a writer may hold an adder it has just looked up, and removing that adder
    // would drop its increment. The map stays as small as the number of articles viewed since start-up.
    private final ConcurrentMap<Long, LongAdder> unflushed = new ConcurrentHashMap<>();
    // Drained counts stay visible until they are committed, so that a shown count does not dip during a flush.
    private volatile Map<Long, Long> inFlight = Map.of();

    void add(long articleId) {
        adderOf(articleId).increment();
    }

    long count(long articleId) {
        var adder = unflushed.get(articleId);
        return (adder == null ? 0 : adder.sum()) + inFlight.getOrDefault(articleId, 0L);
    }

    /**
     * Takes every pending count out of the buffer. sumThenReset takes each cell with an atomic getAndSet, so a
     * view arriving meanwhile lands either in this batch or in the next, never in neither. Ordered by article id
     * so that flushes of several application instances lock the count rows in the same order: no deadlock.
     */
    Map<Long, Long> drain() {
        var drained = new TreeMap<Long, Long>();
        unflushed.forEach((articleId, adder) -> {
            long views = adder.sumThenReset();
            if (views > 0) {
                drained.put(articleId, views);
            }
        });
        inFlight = drained;
        return drained;
    }

    void stored() {
        inFlight = Map.of();
    }

    void putBack(Map<Long, Long> drained) {
        drained.forEach((articleId, views) -> adderOf(articleId).add(views));
        inFlight = Map.of();
    }

    private LongAdder adderOf(long articleId) {
        var adder = unflushed.get(articleId);
        return adder != null ? adder : unflushed.computeIfAbsent(articleId, id -> new LongAdder());
    }
}
