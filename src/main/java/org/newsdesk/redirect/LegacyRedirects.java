package org.newsdesk.redirect;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;
import org.newsdesk.audit.AuditLog;
import org.newsdesk.base.Language;
import org.newsdesk.base.Problems;
import org.newsdesk.base.Rejected;
import org.newsdesk.base.web.Addresses;
import org.newsdesk.publiccontent.ContentChanges;
import org.newsdesk.publiccontent.PublicContentChanged;
import org.newsdesk.security.SignedIn;
import org.newsdesk.security.StaffOnly;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Redirects from old paths (an earlier site's) that editors add: to an article's language version, which they
 * follow through its renames, or to any page of this site. An old path is never one of the site's own addresses
 * and a target always is, so that a redirect can neither loop nor chain, nor lead off the site.
 * <p>
 * Visitors are answered from memory: every redirect with its current target, read again after any change of
 * public content on any instance (adding or removing a redirect is one), so that a request costs no query.
 */
@Service
public class LegacyRedirects {

    private final RedirectRepository repository;
    private final RedirectHits hits;
    private final AuditLog audit;
    private final ContentChanges contentChanges;
    private final SecurityContextHolderStrategy security;
    private final Clock clock;
    private volatile Map<String, Destination> byPath = Map.of();
    /** Raised by every change; the redirects in memory are those of {@code loaded}. */
    private final AtomicLong wanted = new AtomicLong(1);

    private volatile long loaded;

    LegacyRedirects(
            RedirectRepository repository,
            RedirectHits hits,
            AuditLog audit,
            ContentChanges contentChanges,
            SecurityContextHolderStrategy security,
            Clock clock) {
        this.repository = repository;
        this.hits = hits;
        this.audit = audit;
        this.contentChanges = contentChanges;
        this.security = security;
        this.clock = clock;
    }

    @StaffOnly
    @Transactional(readOnly = true)
    public List<LegacyRedirect> all() {
        return repository.findLegacy();
    }

    /**
     * @param oldPath an old path, or an old site's full address (only its path counts)
     * @param target  a path of this site; an article's address (current or old slug) makes the redirect lead to
     *                that language version wherever it moves
     * @throws Rejected with problems for {@code path} and {@code target}; nothing is stored
     */
    @StaffOnly
    @Transactional
    public LegacyRedirect add(String oldPath, String target) {
        var problems = new Problems();
        var path = RedirectPaths.oldPath(oldPath);
        if (oldPath.isBlank()) {
            problems.add("path", "redirects.problem.pathRequired");
        } else if (path.isEmpty()) {
            problems.add("path", "redirects.problem.notAPath");
        } else if (Addresses.isOwnAddress(path.get())) {
            problems.add("path", "redirects.problem.ownAddress");
        } else if (repository.legacyExists(path.get())) {
            problems.add("path", "redirects.problem.pathTaken");
        }
        var to = RedirectPaths.targetPath(target);
        @Nullable Long articleId = null;
        @Nullable Language language = null;
        if (target.isBlank()) {
            problems.add("target", "redirects.problem.targetRequired");
        } else if (to.isEmpty() || !(to.get().equals("/") || Addresses.isInPublicSite(to.get()))) {
            problems.add("target", "redirects.problem.targetNotOnSite");
        } else {
            var article = Addresses.articlePage(to.get());
            if (article.isPresent()) {
                language = article.get().language();
                articleId = repository
                        .articleWithSlug(language, article.get().slug())
                        .or(() -> repository.articleWithOldSlug(
                                article.get().language(), article.get().slug()))
                        .orElse(null);
                if (articleId == null) {
                    problems.add("target", "redirects.problem.noArticle");
                }
            }
        }
        problems.rejectIfAny();
        var editor = SignedIn.username(security);
        var id = repository.insertLegacy(
                path.orElseThrow(),
                articleId,
                articleId == null ? null : language,
                articleId == null ? to.orElseThrow() : null,
                editor,
                Instant.now(clock));
        var added = repository.findLegacy(id).orElseThrow();
        audit.record("REDIRECT_ADDED", "redirect " + id, added.path() + " → " + added.target());
        contentChanges.record();
        return added;
    }

    @StaffOnly
    @Transactional
    public void remove(long redirectId) {
        repository.findLegacy(redirectId).ifPresent(redirect -> {
            repository.deleteLegacy(redirectId);
            audit.record("REDIRECT_REMOVED", "redirect " + redirectId, redirect.path() + " → " + redirect.target());
            contentChanges.record();
        });
    }

    /**
     * Where a request for this path is redirected, counting the use; for every visitor, from memory.
     *
     * @param requestPath the request's decoded path, starting with a slash
     * @return the target's address, encoded for a Location header, starting with a slash
     */
    public Optional<String> follow(String requestPath) {
        var destination = current().get(RedirectPaths.ofRequest(requestPath));
        if (destination == null) {
            return Optional.empty();
        }
        hits.count(destination.redirectId());
        return Optional.of(destination.location());
    }

    @EventListener(PublicContentChanged.class)
    void forget() {
        wanted.incrementAndGet();
    }

    private Map<String, Destination> current() {
        if (loaded != wanted.get()) {
            synchronized (this) {
                var target = wanted.get();
                if (loaded != target) {
                    var fresh = new HashMap<String, Destination>();
                    repository
                            .findLegacy()
                            .forEach(redirect -> fresh.put(
                                    redirect.path(),
                                    new Destination(redirect.id(), RedirectPaths.encoded(redirect.target()))));
                    byPath = Map.copyOf(fresh);
                    loaded = target;
                }
            }
        }
        return byPath;
    }

    private record Destination(long redirectId, String location) {}
}
