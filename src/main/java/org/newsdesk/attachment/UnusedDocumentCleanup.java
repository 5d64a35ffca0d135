package org.newsdesk.attachment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes uploaded documents that no language version lists: uploaded and never attached, or removed from every
 * version since. A day of grace keeps the upload of an editor who is still writing its title.
 */
@Component
class UnusedDocumentCleanup {
    private static final Logger log = LoggerFactory.getLogger(UnusedDocumentCleanup.class);

    static final Duration GRACE = Duration.ofDays(1);

    private final AttachmentRepository documents;
    private final Clock clock;

    UnusedDocumentCleanup(AttachmentRepository documents, Clock clock) {
        this.documents = documents;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "PT1H", fixedDelayString = "PT1H")
    @Transactional
    public int deleteUnusedDocuments() {
        var deleted = documents.deleteUnusedUploadedBefore(Instant.now(clock).minus(GRACE));
        if (deleted > 0) {
            log.info("Deleted {} uploaded document(s) that no article lists", deleted);
        }
        return deleted;
    }
}
