package org.newsdesk.autosave;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.newsdesk.base.NewsdeskProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Removes copies nobody came back for within their lifetime: an editor who closed the tab and wrote the article
 * elsewhere, or gave it up. Apart from the keeping, so that an open editor never waits on the bulk delete.
 */
@Component
class KeptCopyCleanup {
    private static final Logger log = LoggerFactory.getLogger(KeptCopyCleanup.class);

    private final KeptCopyRepository copies;
    private final Duration lifetime;
    private final Clock clock;

    KeptCopyCleanup(KeptCopyRepository copies, NewsdeskProperties settings, Clock clock) {
        this.copies = copies;
        this.lifetime = settings.editing().keptCopyLifetime();
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "PT1H", fixedDelayString = "PT1H")
    @Transactional
    public int removeOutlived() {
        var removed = copies.deleteKeptBefore(Instant.now(clock).minus(lifetime));
        if (removed > 0) {
            log.info("Removed {} kept copies of unsaved changes older than {}", removed, lifetime);
        }
        return removed;
    }
}
