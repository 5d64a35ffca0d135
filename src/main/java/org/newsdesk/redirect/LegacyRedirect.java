package org.newsdesk.redirect;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.newsdesk.base.Language;
import org.newsdesk.base.web.Addresses;

/**
 * An old path, such as an earlier site's, that answers with a permanent redirect.
 *
 * @param article    the language version it leads to, following its renames; null when it leads to a path
 * @param targetPath the path of this site it leads to, with its query if it has one; null when it leads to an article
 * @param lastHitAt  when it was last used (up to a flush interval ago); null while it was never used
 */
public record LegacyRedirect(
        long id,
        String path,
        @Nullable ArticleTarget article,
        @Nullable String targetPath,
        long hits,
        @Nullable Instant lastHitAt,
        String createdBy,
        Instant createdAt) {

    /** Where it leads now, as a path of this site. */
    public String target() {
        if (article != null) {
            return "/" + Addresses.article(article.language(), article.slug());
        }
        return targetPath == null ? "/" : targetPath;
    }

    /** @param slug the version's current slug */
    public record ArticleTarget(long articleId, Language language, String slug, String title) {}
}
