package org.newsdesk.audit;

import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.newsdesk.base.Language;

/**
 * One entry of the audit trail.
 *
 * @param actor      the username; null for anonymous callers, such as a failed sign-in
 * @param actorName  the actor's display name; null when unknown or the account is gone
 * @param target     what the action was about, as the feature wrote it: "article 12 fr", "theme 3", a username
 * @param targetName the display name of an account the action was about; null otherwise
 */
public record AuditEvent(
        long id,
        Instant occurredAt,
        @Nullable String actor,
        @Nullable String actorName,
        @Nullable String clientAddress,
        String action,
        @Nullable String target,
        @Nullable String targetName,
        @Nullable String details) {

    private static final Pattern ARTICLE = Pattern.compile("article (\\d+)(?: ([a-z]{2}))?");
    private static final Pattern THEME = Pattern.compile("theme (\\d+)");
    private static final Pattern TIMELINE_ENTRY = Pattern.compile("timeline entry \\d+ of theme (\\d+)");

    /** The article an action was about, if it was about one. */
    public Optional<Long> articleId() {
        return number(ARTICLE, 1);
    }

    /** The language version an action was about, if it was about one. */
    public Optional<Language> language() {
        var matcher = ARTICLE.matcher(target == null ? "" : target);
        return matcher.matches() && matcher.group(2) != null ? Language.fromCode(matcher.group(2)) : Optional.empty();
    }

    /** The theme an action on a theme or its timeline was about. */
    public Optional<Long> themeId() {
        return number(THEME, 1).or(() -> number(TIMELINE_ENTRY, 1));
    }

    /** Whether an administrator changed a staff account (a sign-in is about one too, but changes nothing). */
    public boolean changedAnAccount() {
        return targetName != null && !action.startsWith("SIGN_IN");
    }

    private Optional<Long> number(Pattern pattern, int group) {
        var matcher = pattern.matcher(target == null ? "" : target);
        return matcher.matches() ? Optional.of(Long.parseLong(matcher.group(group))) : Optional.empty();
    }
}
