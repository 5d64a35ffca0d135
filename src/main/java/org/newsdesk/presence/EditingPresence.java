package org.newsdesk.presence;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.newsdesk.base.NewsdeskProperties;
import org.newsdesk.editorial.EditorialService;
import org.newsdesk.security.EditorsAndTranslators;
import org.newsdesk.security.SignedIn;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lets editors see who else has an article open, and whether someone saved it since they loaded it, before a
 * save runs into a conflict. An open editor renews its presence every interval; after three missed renewals
 * (a closed laptop, a lost connection) it no longer counts.
 */
@Service
@Transactional
@EditorsAndTranslators
public class EditingPresence {

    private static final int MISSED_RENEWALS = 3;

    private final PresenceRepository presence;
    private final EditorialService articles;
    private final Clock clock;
    private final SecurityContextHolderStrategy security;
    private final Duration renewInterval;

    EditingPresence(
            PresenceRepository presence,
            EditorialService articles,
            Clock clock,
            SecurityContextHolderStrategy security,
            NewsdeskProperties settings) {
        this.presence = presence;
        this.articles = articles;
        this.clock = clock;
        this.security = security;
        this.renewInterval = settings.editing().presenceInterval();
    }

    /** How often an open editor should call {@link #renew}. */
    @PreAuthorize("permitAll()")
    public Duration renewInterval() {
        return renewInterval;
    }

    /**
     * Records that this editor (one open editor view, named by a key of its own) still has the article open.
     *
     * @param loadedVersion the article version the editor shows
     */
    public EditingState renew(long articleId, String editorKey, int loadedVersion) {
        var now = Instant.now(clock);
        var username = SignedIn.username(security);
        var freshSince = freshSince(now);
        presence.renew(articleId, editorKey, username, now);
        return new EditingState(
                presence.othersSeenSince(articleId, username, freshSince),
                articles.savedAfter(articleId, loadedVersion).orElse(null));
    }

    /** The moment before which an editor that has not renewed its presence counts as gone. */
    private Instant freshSince(Instant now) {
        return now.minus(renewInterval.multipliedBy(MISSED_RENEWALS));
    }

    /** The editor was closed or moved to another article. */
    public void leave(long articleId, String editorKey) {
        presence.leave(articleId, editorKey, SignedIn.username(security));
    }
}
