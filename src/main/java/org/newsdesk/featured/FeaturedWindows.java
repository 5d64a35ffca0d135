package org.newsdesk.featured;

import java.time.Clock;
import java.time.Instant;

import org.newsdesk.base.NewsdeskProperties;
import org.newsdesk.publiccontent.ContentChanges;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Announces the start and the end of every featured window as a change of public content, so that the cached first
 * responses (and whatever else follows {@code PublicContentChanged}) show the pins as they stand, without a restart
 * and without anyone touching them. Checked as often as scheduled versions are published
 * ({@code newsdesk.publishing.check-interval}); each boundary is claimed in the database, so of several instances
 * exactly one announces it, and a restart catches up with what passed meanwhile.
 */
@Component
class FeaturedWindows {

    private static final String CHECK_INTERVAL = "#{" + NewsdeskProperties.BEAN + ".publishing().checkInterval()}";

    private final FeaturedRepository pins;
    private final ContentChanges contentChanges;
    private final Clock clock;

    FeaturedWindows(FeaturedRepository pins, ContentChanges contentChanges, Clock clock) {
        this.pins = pins;
        this.contentChanges = contentChanges;
        this.clock = clock;
    }

    /** @return how many window boundaries passed since the last check */
    @Scheduled(initialDelayString = CHECK_INTERVAL, fixedDelayString = CHECK_INTERVAL)
    @Transactional
    public int announcePassedBoundaries() {
        var passed = pins.claimPassedBoundaries(Instant.now(clock));
        if (passed > 0) {
            contentChanges.record();
        }
        return passed;
    }
}
