package org.newsdesk.redirect;

import java.time.Clock;
import java.time.Instant;

import org.newsdesk.base.Language;
import org.newsdesk.security.EditorsAndTranslators;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Keeps the published slugs a version had, so that its old addresses keep leading to it. */
@Service
@Transactional
@EditorsAndTranslators
public class OldSlugs {

    private final RedirectRepository repository;
    private final Clock clock;

    OldSlugs(RedirectRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /**
     * Called in the transaction that saves a published version, with the slug it was published at and the one it
     * is saved with.
     */
    public void publishedVersionSaved(long articleId, Language language, String publishedSlug, String newSlug) {
        if (!publishedSlug.equals(newSlug)) {
            repository.retireSlug(articleId, language, publishedSlug, Instant.now(clock));
        }
    }
}
