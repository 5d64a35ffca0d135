package org.newsdesk.previewlink;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.newsdesk.base.Language;

/**
 * A preview link as staff see it; its address is not among this, because only the token's hash is stored.
 *
 * @param createdBy    the creator's display name, or their username when the account is gone
 * @param revokedAt    when it was revoked, or null
 * @param lastOpenedAt when it was last opened, or null when it never was
 */
public record PreviewLink(
        long id,
        long articleId,
        Language language,
        String createdBy,
        Instant createdAt,
        Instant expiresAt,
        @Nullable Instant revokedAt,
        int openCount,
        @Nullable Instant lastOpenedAt,
        int commentCount) {

    /** Whether the link still opens its preview at this moment. */
    public boolean opensAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }
}
