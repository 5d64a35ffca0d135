package org.newsdesk.autosave;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.newsdesk.base.Language;
import org.newsdesk.base.NewsdeskProperties;
import org.newsdesk.security.EditorsAndTranslators;
import org.newsdesk.security.SignedIn;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps what an editor typed in the article editor and has not saved, so that a crash, a closed tab or an ended
 * session loses none of it: the open editor keeps a copy every few seconds, and offers it back when it opens
 * again. Every method works on the copies of the signed-in editor only; no one else ever sees them.
 */
@Service
@Transactional
@EditorsAndTranslators
public class KeptCopies {

    private final KeptCopyRepository copies;
    private final Clock clock;
    private final SecurityContextHolderStrategy security;
    private final Duration lifetime;

    KeptCopies(
            KeptCopyRepository copies,
            Clock clock,
            SecurityContextHolderStrategy security,
            NewsdeskProperties settings) {
        this.copies = copies;
        this.clock = clock;
        this.security = security;
        this.lifetime = settings.editing().keptCopyLifetime();
    }

    /** How long a copy is kept without being kept anew; older ones are removed. */
    @PreAuthorize("permitAll()")
    public Duration lifetime() {
        return lifetime;
    }

    /**
     * Keeps the editor's text of the article, replacing what was kept before.
     *
     * @param articleId   null for the new article, not saved yet
     * @param baseVersion the article version the editor is changing
     * @return the copy as kept, with the moment it was kept
     */
    public KeptCopy keep(@Nullable Long articleId, int baseVersion, Map<Language, KeptText> texts) {
        // To the millisecond, as the database keeps it: the copy returned is the copy found later.
        var copy = new KeptCopy(articleId, baseVersion, Instant.now(clock).truncatedTo(ChronoUnit.MILLIS), texts);
        copies.replace(editor(), copy);
        return copy;
    }

    /** The signed-in editor's copy of the article (null: of their new article), if one is kept. */
    @Transactional(readOnly = true)
    public Optional<KeptCopy> find(@Nullable Long articleId) {
        return copies.find(editor(), articleId);
    }

    /** The editor saved or discarded their changes: nothing is left to bring back. */
    public void forget(@Nullable Long articleId) {
        copies.delete(editor(), articleId);
    }

    private String editor() {
        return SignedIn.username(security);
    }
}
