package org.newsdesk.redirect;

import java.time.Clock;
import java.time.Instant;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.LongAdder;

import org.newsdesk.base.NewsdeskProperties;
import org.newsdesk.base.WrittenInBatches;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts uses of legacy redirects in memory and adds them to the database in one batch per flush interval (the
 * view counter's), and a last time at shutdown: a redirect costs a visitor no write, and a flood of requests to
 * an old path costs the database one UPDATE per interval.
 */
@Component
class RedirectHits extends WrittenInBatches {

    private static final Logger log = LoggerFactory.getLogger(RedirectHits.class);
    private static final String FLUSH_INTERVAL = "#{" + NewsdeskProperties.BEAN + ".counting().flushInterval()}";

    // Adders are never removed: a counting thread may hold one it has just looked up.
    private final ConcurrentMap<Long, LongAdder> pending = new ConcurrentHashMap<>();
    private final RedirectRepository repository;
    private final TransactionTemplate transaction;
    private final Clock clock;

    RedirectHits(RedirectRepository repository, PlatformTransactionManager transactions, Clock clock) {
        this.repository = repository;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    void count(long redirectId) {
        pending.computeIfAbsent(redirectId, id -> new LongAdder()).increment();
    }

    @Scheduled(initialDelayString = FLUSH_INTERVAL, fixedDelayString = FLUSH_INTERVAL)
    @Override
    public synchronized void flush() {
        var drained = new TreeMap<Long, Long>();
        pending.forEach((id, adder) -> {
            var hits = adder.sumThenReset();
            if (hits > 0) {
                drained.put(id, hits);
            }
        });
        if (drained.isEmpty()) {
            return;
        }
        try {
            transaction.executeWithoutResult(status -> repository.addHits(drained, Instant.now(clock)));
        } catch (RuntimeException e) {
            drained.forEach((id, hits) ->
                    pending.computeIfAbsent(id, key -> new LongAdder()).add(hits));
            log.warn("Could not store the uses of {} redirects; they stay pending", drained.size(), e);
        }
    }
}
