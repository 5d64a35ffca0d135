package org.newsdesk.theme;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import org.newsdesk.audit.AuditLog;
import org.newsdesk.base.Problems;
import org.newsdesk.base.Rejected;
import org.newsdesk.publiccontent.ContentChanges;
import org.newsdesk.security.StaffOnly;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How staff keep a theme's yearly action timeline: add, edit, reorder within a year and delete entries. Every
 * change names the version it started from and is refused when someone else changed the entry meanwhile. Visitors
 * read the timeline through {@link ThemeService}, straight from the database, so a change shows at once.
 */
@Service
@Transactional
@StaffOnly
public class TimelineEditing {

    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 2999;
    public static final int MAX_TEXT = 2000;

    private static final String STALE = "validation.timelineStale";

    private final TimelineRepository timeline;
    private final AuditLog audit;
    private final ContentChanges contentChanges;

    TimelineEditing(TimelineRepository timeline, AuditLog audit, ContentChanges contentChanges) {
        this.contentChanges = contentChanges;
        this.timeline = timeline;
        this.audit = audit;
    }

    /** Every entry of the theme in every language, newest year first, each year in editorial order. */
    @Transactional(readOnly = true)
    public List<TimelineEntry> entries(long themeId) {
        return timeline.findEntries(themeId);
    }

    /** One page of the article versions whose title contains the text, to link an entry to. */
    @Transactional(readOnly = true)
    public List<LinkableArticle> linkableArticles(String titleText, int offset, int limit) {
        return timeline.findLinkable(titleText, offset, limit);
    }

    /**
     * Stores a new or changed entry and returns it as stored. An entry whose year changes goes to the end of its
     * new year.
     *
     * @throws Rejected when a field is wrong, or the entry changed meanwhile; nothing is stored
     */
    public TimelineEntry save(TimelineEntryDraft draft) {
        problemsOf(draft).rejectIfAny();
        int year = Objects.requireNonNull(draft.year(), "validation lets no entry without a year through");
        if (!timeline.lockTheme(draft.themeId())) {
            throw new Rejected("entry", "validation.unknownTheme");
        }
        long entryId;
        if (draft.entryId() == null) {
            entryId = timeline.insert(draft, year, timeline.endOfYear(draft.themeId(), year));
        } else {
            entryId = draft.entryId();
            var stored = timeline.findEntry(entryId)
                    .filter(entry -> entry.themeId() == draft.themeId())
                    .orElseThrow(TimelineEditing::stale);
            var newPosition = stored.year() == year ? null : timeline.endOfYear(draft.themeId(), year);
            if (!timeline.update(entryId, draft, year, newPosition)) {

                throw stale();
            }
        }
        timeline.replaceTexts(entryId, draft.texts());
        var saved = timeline.findEntry(entryId).orElseThrow();
        audit.record(
                draft.entryId() == null ? "TIMELINE_ENTRY_ADDED" : "TIMELINE_ENTRY_CHANGED",
                target(saved),
                summary(saved));
        contentChanges.record();
        return saved;
    }

    /** Moves the entry one place up within its year; the first entry stays where it is. */
    public void moveUp(long entryId, int version) {
        move(entryId, version, -1);
    }

    /** Moves the entry one place down within its year; the last entry stays where it is. */
    public void moveDown(long entryId, int version) {
        move(entryId, version, 1);
    }

    private void move(long entryId, int version, int step) {
        var entry = timeline.findEntry(entryId)
                .filter(found -> found.version() == version)
                .orElseThrow(TimelineEditing::stale);
        timeline.lockTheme(entry.themeId());
        var order = new ArrayList<>(timeline.idsInYear(entry.themeId(), entry.year()));
        var from = order.indexOf(entryId);
        var to = from + step;
        if (to < 0 || to >= order.size()) {
            return;
        }
        if (!timeline.markChanged(entryId, version)) {
            throw stale();
        }
        Collections.swap(order, from, to);
        timeline.renumber(order);
        audit.record("TIMELINE_ENTRY_MOVED", target(entry), entry.year() + ": place " + (from + 1) + " → " + (to + 1));
        contentChanges.record();
    }

    /** @throws Rejected when the entry changed or disappeared meanwhile; nothing is deleted */
    public void delete(long entryId, int version) {
        var entry = timeline.findEntry(entryId).orElseThrow(TimelineEditing::stale);
        if (!timeline.delete(entryId, version)) {
            throw stale();
        }
        audit.record("TIMELINE_ENTRY_DELETED", target(entry), summary(entry));
        contentChanges.record();
    }

    private Problems problemsOf(TimelineEntryDraft draft) {
        var problems = new Problems();
        if (draft.year() == null) {
            problems.add("year", "validation.required");
        } else if (draft.year() < MIN_YEAR || draft.year() > MAX_YEAR) {
            problems.add("year", "validation.yearRange");
        } else if (draft.date() != null && draft.date().getYear() != draft.year()) {
            problems.add("date", "validation.dateInYear");
        }
        if (draft.texts().isEmpty()) {
            problems.add("texts", "validation.noLanguage");
        }
        draft.texts().forEach((language, text) -> {
            if (text.length() > MAX_TEXT) {
                problems.add(language.code() + ".text", "validation.textTooLong");
            }
        });
        if (draft.articleId() != null && !timeline.articleExists(draft.articleId())) {
            problems.add("article", "validation.unknownArticle");
        }
        return problems;
    }

    private static Rejected stale() {
        return new Rejected("entry", STALE);
    }

    private static String target(TimelineEntry entry) {
        return "timeline entry " + entry.id() + " of theme " + entry.themeId();
    }

    private static String summary(TimelineEntry entry) {
        return entry.year() + ": " + entry.texts().values().stream().findFirst().orElse("");
    }
}
