package org.newsdesk.media;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes uploads that no article ever came to use: an editor uploaded an image and left without saving. A day
 * of grace keeps the image of an editor who is still writing.
 */
@Component
class AbandonedUploadCleanup {
    private static final Logger log = LoggerFactory.getLogger(AbandonedUploadCleanup.class);

    static final Duration GRACE = Duration.ofDays(1);

    private final MediaRepository images;
    private final Clock clock;

    AbandonedUploadCleanup(MediaRepository images, Clock clock) {
        this.images = images;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "PT1H", fixedDelayString = "PT1H")
    @Transactional
    public int deleteAbandonedUploads() {
        var deleted = images.deleteUnusedUploadedBefore(Instant.now(clock).minus(GRACE));
        if (deleted > 0) {
            log.info("Deleted {} uploaded image(s) that no article uses", deleted);
        }
        return deleted;
    }
}
