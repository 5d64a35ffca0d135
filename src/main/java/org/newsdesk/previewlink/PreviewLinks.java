package org.newsdesk.previewlink;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.newsdesk.article.ArticleService;
import org.newsdesk.audit.AuditLog;
import org.newsdesk.base.Language;
import org.newsdesk.base.NewsdeskProperties;
import org.newsdesk.base.Rejected;
import org.newsdesk.notes.OutsideComments;
import org.newsdesk.security.EditorsAndTranslators;
import org.newsdesk.security.SignedIn;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Preview links to one language version, for people without an account. Staff who may write a version (editors any,
 * translators their languages') make, list and revoke its links; anyone who holds a link opens it and may comment
 * while it is open. The token is 32 random bytes; only its SHA-256 is stored, so the address is known only to whom
 * it was shown when it was made. Opening, making and revoking are audited under the article, for its history.
 */
@Service
@Transactional
public class PreviewLinks {

    /** Comments one link takes in all: enough for a press office's review, too few to flood the notes. */
    public static final int MAX_COMMENTS = 20;

    /** Reloading a preview is one opening for the audit log; the count on the link still counts every one. */
    static final Duration AUDITED_OPENINGS_APART = Duration.ofMinutes(10);

    private static final int TOKEN_BYTES = 32;
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final PreviewLinkRepository links;
    private final ArticleService articles;
    private final OutsideComments comments;
    private final AuditLog audit;
    private final Clock clock;
    private final SecurityContextHolderStrategy security;
    private final ValidDays validDays;

    PreviewLinks(
            PreviewLinkRepository links,
            ArticleService articles,
            OutsideComments comments,
            AuditLog audit,
            Clock clock,
            SecurityContextHolderStrategy security,
            NewsdeskProperties settings) {
        this.links = links;
        this.articles = articles;
        this.comments = comments;
        this.audit = audit;
        this.clock = clock;
        this.security = security;
        this.validDays = new ValidDays((int) settings.previewLinks().validFor().toDays(), (int)
                settings.previewLinks().longestValidFor().toDays());
    }

    @Transactional(readOnly = true)
    public ValidDays validDays() {
        return validDays;
    }

    /**
     * @param days how long the link opens the version, from now
     * @throws Rejected for a number of days out of range ({@code days}) or a version that was never saved
     *                  ({@code link}); nothing is stored
     */
    @EditorsAndTranslators
    public CreatedLink create(long articleId, Language language, int days) {
        SignedIn.rights(security).requireWrite(language);
        if (days < 1 || days > validDays.longest()) {
            throw new Rejected("days", "previewLink.days", validDays.longest());
        }
        var version =
                articles.preview(articleId, language).orElseThrow(() -> new Rejected("link", "previewLink.noVersion"));
        var token = newToken();
        var now = Instant.now(clock);
        var id = links.insert(
                articleId, language, hash(token), SignedIn.username(security), now, now.plus(Duration.ofDays(days)));
        audit.record("PREVIEW_LINK_CREATED", target(articleId, language), version.title());
        return new CreatedLink(links.find(id).orElseThrow(), token);
    }

    /** Newest first: open, expired and revoked alike. */
    @EditorsAndTranslators
    @Transactional(readOnly = true)
    public List<PreviewLink> of(long articleId, Language language) {
        return links.findOf(articleId, language);
    }

    /**
     * Closes a link for good; revoking one that is already revoked changes nothing.
     *
     * @throws Rejected for a link that does not exist (any more)
     */
    @EditorsAndTranslators
    public void revoke(long linkId) {
        var link = links.find(linkId).orElseThrow(() -> new Rejected("link", "previewLink.gone"));
        SignedIn.rights(security).requireWrite(link.language());
        if (links.revoke(linkId, SignedIn.username(security), Instant.now(clock))) {
            audit.record("PREVIEW_LINK_REVOKED", target(link.articleId(), link.language()), titleOf(link));
        }
    }

    /**
     * What the link at this address shows, without counting it as opened: for the first response, which the page
     * that opens it follows.
     *
     * @return empty for a token of no link, of another language, expired or revoked: which, nobody learns
     */
    @Transactional(readOnly = true)
    public Optional<SharedVersion> peek(Language language, String token) {
        return opening(language, token).flatMap(link -> shared(link, token));
    }

    /**
     * What a link shows, whichever language it opens, without counting it as opened: for the files its page asks
     * for, whose addresses name no language.
     *
     * @return empty for a token of no link, expired or revoked
     */
    @Transactional(readOnly = true)
    public Optional<SharedVersion> peek(String token) {
        return opening(token).flatMap(link -> shared(link, token));
    }

    /**
     * What the link at this address shows, counted as one opening of it.
     *
     * @return empty for a token of no link, of another language, expired or revoked: which, nobody learns
     */
    public Optional<SharedVersion> open(Language language, String token) {
        var link = opening(language, token);
        var shared = link.flatMap(opened -> shared(opened, token));
        if (link.isPresent() && shared.isPresent()) {
            var opened = link.get();
            var now = Instant.now(clock);
            links.recordOpening(opened.id(), now);
            var last = opened.lastOpenedAt();
            if (last == null || !now.isBefore(last.plus(AUDITED_OPENINGS_APART))) {
                audit.record(
                        "PREVIEW_LINK_OPENED",
                        target(opened.articleId(), language),
                        shared.get().page().title());
            }
        }
        return shared;
    }

    /**
     * Leaves a comment through an open link, as an internal note of its version under the name given.
     *
     * @throws Rejected for a missing or too long name or text ({@code name}, {@code text}), a link that no longer
     *                  opens, or one that has taken {@link #MAX_COMMENTS} ({@code comment}); nothing is stored
     */
    public void comment(Language language, String token, String name, String text) {
        var link = opening(language, token).orElseThrow(() -> new Rejected("comment", "previewLink.closed"));
        var full = new Rejected("comment", "previewLink.tooManyComments", MAX_COMMENTS);
        if (link.commentCount() >= MAX_COMMENTS) {
            throw full;
        }
        comments.add(link.articleId(), language, name, text);
        // Two comments at the same moment may both have passed the count above; the rollback undoes the second.
        if (!links.claimComment(link.id(), MAX_COMMENTS)) {
            throw full;
        }
    }

    private Optional<PreviewLink> opening(Language language, String token) {
        return opening(token).filter(link -> link.language() == language);
    }

    private Optional<PreviewLink> opening(String token) {
        if (!TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        return links.findOpening(hash(token), Instant.now(clock));
    }

    private Optional<SharedVersion> shared(PreviewLink link, String token) {
        return articles.sharedVersion(link.articleId(), link.language())
                .map(page -> new SharedVersion(page, link.expiresAt(), token));
    }

    private String titleOf(PreviewLink link) {
        return articles.preview(link.articleId(), link.language())
                .map(page -> page.title())
                .orElse("");
    }

    private static String target(long articleId, Language language) {
        return "article " + articleId + " " + language.code();
    }

    private static String newToken() {
        var bytes = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Hex of the token's SHA-256: what the database keeps instead of the token. */
    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException everyJavaHasIt) {
            throw new IllegalStateException(everyJavaHasIt);
        }
    }
}
