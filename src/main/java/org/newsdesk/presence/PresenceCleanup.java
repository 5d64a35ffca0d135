package org.newsdesk.presence;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Removes the presence of editors that went away without saying so (a closed laptop, a crashed browser). Done
 * apart from the renewals, so that an editor's renewal never waits on, or deadlocks with, a bulk delete.
 */
@Component
class PresenceCleanup {

    private static final Duration KEPT = Duration.ofHours(1);

    private final PresenceRepository presence;
    private final Clock clock;

    PresenceCleanup(PresenceRepository presence, Clock clock) {
        this.presence = presence;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT10M")
    @Transactional
    public void forgetLongGone() {
        presence.forgetOlderThan(Instant.now(clock).minus(KEPT));
    }
}
