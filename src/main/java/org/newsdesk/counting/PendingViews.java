package org.newsdesk.counting;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.LongAdder;

import org.newsdesk.base.Language;
import org.springframework.stereotype.Component;

/**
 * Views accepted but not yet stored, per language version. Drain, then either {@link #stored()} or
 * {@link #putBack(Map)}: the flusher calls them one flush at a time.
 */
@Component
class PendingViews {

    // Entries are never removed: a writer may hold an adder it has just looked up, and removing that adder
    // would drop its increment. The map stays as small as the number of versions viewed since start-up.
    private final ConcurrentMap<ViewedVersion, LongAdder> unflushed = new ConcurrentHashMap<>();
    // Drained counts stay visible until they are committed, so that a shown count does not dip during a flush.
    private volatile Map<ViewedVersion, Long> inFlight = Map.of();

    void add(ViewedVersion version) {
        adderOf(version).increment();
    }

    long count(ViewedVersion version) {
        var adder = unflushed.get(version);
        return (adder == null ? 0 : adder.sum()) + inFlight.getOrDefault(version, 0L);
    }

    /** Of every language version of the article. */
    long count(long articleId) {
        return Arrays.stream(Language.values())
                .mapToLong(language -> count(new ViewedVersion(articleId, language)))
                .sum();
    }

    /**
     * Takes every pending count out of the buffer. sumThenReset takes each cell with an atomic getAndSet, so a
     * view arriving meanwhile lands either in this batch or in the next, never in neither. Ordered so that
     * flushes of several application instances lock the count rows in the same order: no deadlock.
     */
    Map<ViewedVersion, Long> drain() {
        var drained = new TreeMap<ViewedVersion, Long>(ViewedVersion.LOCK_ORDER);
        unflushed.forEach((version, adder) -> {
            long views = adder.sumThenReset();
            if (views > 0) {
                drained.put(version, views);
            }
        });
        inFlight = drained;
        return drained;
    }

    void stored() {
        inFlight = Map.of();
    }

    void putBack(Map<ViewedVersion, Long> drained) {
        drained.forEach((version, views) -> adderOf(version).add(views));
        inFlight = Map.of();
    }

    private LongAdder adderOf(ViewedVersion version) {
        var adder = unflushed.get(version);
        return adder != null ? adder : unflushed.computeIfAbsent(version, key -> new LongAdder());
    }
}
