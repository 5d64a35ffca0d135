package org.newsdesk.featured;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.newsdesk.article.ArticleCard;
import org.newsdesk.article.ArticleService;
import org.newsdesk.audit.AuditLog;
import org.newsdesk.base.Language;
import org.newsdesk.base.NewsdeskProperties;
import org.newsdesk.base.Problems;
import org.newsdesk.base.PublicationStatus;
import org.newsdesk.base.Rejected;
import org.newsdesk.publiccontent.ContentChanges;
import org.newsdesk.security.SignedIn;
import org.newsdesk.security.StaffOnly;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Featured news: per language, up to {@code newsdesk.featured.max-per-language} articles that editors pin, in their
 * order, to the top of the news grid, each from a start to an optional end. A theme page shows the featured
 * articles of its theme, in the same order: a newsroom keeps one list of what matters now, not one per page.
 * Only a published version ever shows; a pin of a version taken off the site waits until it is back.
 * <p>
 * Every change of a pin is a change of public content ({@link ContentChanges}); so is every start and end of a
 * window, which {@link FeaturedWindows} announces when it passes.
 */
@Service
@Transactional
public class FeaturedNews {

    private static final int CANDIDATES = 20;

    private final FeaturedRepository pins;
    private final ArticleService articles;
    private final ContentChanges contentChanges;
    private final AuditLog audit;
    private final SecurityContextHolderStrategy security;
    private final Clock clock;
    private final int maxPerLanguage;

    FeaturedNews(
            FeaturedRepository pins,
            ArticleService articles,
            ContentChanges contentChanges,
            AuditLog audit,
            SecurityContextHolderStrategy security,
            Clock clock,
            NewsdeskProperties properties) {
        this.pins = pins;
        this.articles = articles;
        this.contentChanges = contentChanges;
        this.audit = audit;
        this.security = security;
        this.clock = clock;
        this.maxPerLanguage = properties.featured().maxPerLanguage();
    }

    /** The featured articles on the news grid now, in the editors' order. */
    @Transactional(readOnly = true)
    public List<ArticleCard> shown(Language language) {
        return articles.cardsInOrder(language, pins.findShown(language, Instant.now(clock), null, maxPerLanguage));
    }

    /** The featured articles of one theme now, in the editors' order: what its theme page shows first. */
    @Transactional(readOnly = true)
    public List<ArticleCard> shownOfTheme(Language language, long themeId) {
        return articles.cardsInOrder(language, pins.findShown(language, Instant.now(clock), themeId, maxPerLanguage));
    }

    /** How many articles may be pinned per language at once. */
    public int maxPerLanguage() {
        return maxPerLanguage;
    }

    /** Every pin of a language in the editors' order, ended ones included, for the back office. */
    @StaffOnly
    @Transactional(readOnly = true)
    public List<FeaturedPin> pins(Language language) {
        return pins.findPins(language);
    }

    /** Published and scheduled versions not pinned yet whose title contains the text, newest first. */
    @StaffOnly
    @Transactional(readOnly = true)
    public List<PinCandidate> candidates(Language language, String titleText) {
        return pins.findCandidates(language, titleText.strip(), CANDIDATES);
    }

    /**
     * Pins a language version after the others.
     *
     * @param endsAt null: until unpinned
     * @throws Rejected for {@code article} (not published or scheduled in the language, pinned already, or the
     *     language has its maximum of pins), {@code starts} or {@code ends}; nothing changes
     */
    @StaffOnly
    public FeaturedPin pin(Language language, long articleId, @Nullable Instant startsAt, @Nullable Instant endsAt) {
        var now = Instant.now(clock);
        var problems = new Problems();
        var status = pins.versionStatus(articleId, language);
        if (status.isEmpty()
                || !(status.get() == PublicationStatus.PUBLISHED || status.get() == PublicationStatus.SCHEDULED)) {
            problems.add("article", "featured.problem.notPublished");
        } else if (pins.isPinned(language, articleId)) {
            problems.add("article", "featured.problem.pinnedAlready");
        } else if (pins.countNotEnded(language, now, null) >= maxPerLanguage) {
            problems.add("article", "featured.problem.limit", maxPerLanguage);
        }
        var starts = startsAt == null ? now : startsAt;
        checkWindow(problems, starts, endsAt, now);
        problems.rejectIfAny();
        var id = pins.insert(language, articleId, starts, endsAt, now, SignedIn.username(security));
        var pinned = pins.findPin(id).orElseThrow();
        audit.record("FEATURED_PINNED", target(pinned), pinned.title());
        contentChanges.record();
        return pinned;
    }

    /**
     * Gives a pin a new window. A pin that had ended and is brought back counts towards the limit again.
     *
     * @throws Rejected for {@code starts}, {@code ends} or {@code article} (the limit); nothing changes
     */
    @StaffOnly
    public FeaturedPin reschedule(long pinId, @Nullable Instant startsAt, @Nullable Instant endsAt) {
        var now = Instant.now(clock);
        var pin = existing(pinId);
        var problems = new Problems();
        var starts = startsAt == null ? now : startsAt;
        checkWindow(problems, starts, endsAt, now);
        if (pin.hasEnded(now) && pins.countNotEnded(pin.language(), now, pinId) >= maxPerLanguage) {
            problems.add("article", "featured.problem.limit", maxPerLanguage);
        }
        problems.rejectIfAny();
        pins.updateWindow(pinId, starts, endsAt, now);
        audit.record("FEATURED_RESCHEDULED", target(pin), pin.title());
        contentChanges.record();
        return pins.findPin(pinId).orElseThrow();
    }

    /**
     * Moves a pin to another place among its language's pins.
     *
     * @param place from 0 (first); beyond the ends it goes first or last
     */
    @StaffOnly
    public void move(long pinId, int place) {
        var pin = existing(pinId);
        var order = new ArrayList<>(
                pins.findPins(pin.language()).stream().map(FeaturedPin::id).toList());
        var from = order.indexOf(pinId);
        var to = Math.clamp(place, 0, order.size() - 1);
        if (from == to) {
            return;
        }
        order.remove(from);
        order.add(to, pinId);
        pins.reorder(order);
        audit.record("FEATURED_MOVED", target(pin), pin.title() + ": " + (from + 1) + " → " + (to + 1));
        contentChanges.record();
    }

    @StaffOnly
    public void unpin(long pinId) {
        pins.findPin(pinId).ifPresent(pin -> {
            pins.delete(pinId);
            audit.record("FEATURED_UNPINNED", target(pin), pin.title());
            contentChanges.record();
        });
    }

    private FeaturedPin existing(long pinId) {
        return pins.findPin(pinId).orElseThrow(() -> new Rejected("article", "featured.problem.gone"));
    }

    private static void checkWindow(Problems problems, Instant starts, @Nullable Instant ends, Instant now) {
        if (ends == null) {
            return;
        }
        if (!ends.isAfter(starts)) {
            problems.add("ends", "featured.problem.endsBeforeStart");
        } else if (!ends.isAfter(now)) {
            problems.add("ends", "featured.problem.endsInThePast");
        }
    }

    /** As the audit log names an article's language version, so that it links to the article. */
    private static String target(FeaturedPin pin) {
        return "article " + pin.articleId() + " " + pin.language().code();
    }
}
