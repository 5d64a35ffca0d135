package org.newsdesk.editorial;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.newsdesk.audit.AuditLog;
import org.newsdesk.base.Language;
import org.newsdesk.base.NewsdeskProperties;
import org.newsdesk.base.Problems;
import org.newsdesk.base.PublicationStatus;
import org.newsdesk.base.Rejected;
import org.newsdesk.base.SiteTime;
import org.newsdesk.base.text.Slugs;
import org.newsdesk.base.web.Addresses;
import org.newsdesk.corrections.ChangeNote;
import org.newsdesk.corrections.ChangeNotes;
import org.newsdesk.markdown.MarkdownRenderer;
import org.newsdesk.media.MediaService;
import org.newsdesk.notes.InternalNotes;
import org.newsdesk.notes.NoteKind;
import org.newsdesk.publiccontent.ContentChanges;
import org.newsdesk.redirect.OldSlugs;
import org.newsdesk.redirect.RedirectPaths;
import org.newsdesk.search.SearchIndexer;
import org.newsdesk.security.EditingRights;
import org.newsdesk.security.EditorsAndTranslators;
import org.newsdesk.security.SignedIn;
import org.newsdesk.security.StaffOnly;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How editors write articles: load, validate, save with a revision per changed language version, and refuse a
 * save that would silently overwrite someone else's. Only staff may call it, whatever view calls it; translators
 * change only the text of their languages' versions (see {@link EditingRights}), whatever they send, and submit them
 * for review.
 * <p>
 * With {@code newsdesk.workflow.review-required}, a version goes live (published or scheduled) only when someone
 * other than its last author {@link #approve approves} it, or when an editor publishes it {@link #saveWithoutReview
 * without review} for a reason; such a version stays marked until someone else {@link #markReviewed reviews} it.
 */
@Service
@Transactional
@EditorsAndTranslators
public class EditorialService {

    private final EditorialRepository articles;
    private final DraftValidation validation;
    private final MarkdownRenderer markdown;
    private final Clock clock;
    private final SecurityContextHolderStrategy security;
    private final AuditLog audit;
    private final MediaService media;
    private final SearchIndexer searchIndex;
    private final SiteTime siteTime;
    private final ContentChanges contentChanges;
    private final TranslationTracking translationTracking;
    private final TranslationRepository translations;
    private final OldSlugs oldSlugs;
    private final InternalNotes notes;
    private final ChangeNotes changeNotes;
    private final TakedownRepository takedowns;
    private final boolean reviewRequired;

    /** @param security the same source of the signed-in user that method security checks */
    EditorialService(
            EditorialRepository articles,
            DraftValidation validation,
            MarkdownRenderer markdown,
            Clock clock,
            SecurityContextHolderStrategy security,
            AuditLog audit,
            MediaService media,
            SearchIndexer searchIndex,
            SiteTime siteTime,
            ContentChanges contentChanges,
            TranslationTracking translationTracking,
            TranslationRepository translations,
            OldSlugs oldSlugs,
            InternalNotes notes,
            ChangeNotes changeNotes,
            TakedownRepository takedowns,
            NewsdeskProperties settings) {
        this.changeNotes = changeNotes;
        this.takedowns = takedowns;
        this.oldSlugs = oldSlugs;
        this.notes = notes;
        this.reviewRequired = settings.workflow().reviewRequired();
        this.audit = audit;
        this.translationTracking = translationTracking;
        this.translations = translations;
        this.contentChanges = contentChanges;
        this.media = media;
        this.searchIndex = searchIndex;
        this.articles = articles;
        this.validation = validation;
        this.markdown = markdown;
        this.clock = clock;
        this.security = security;
        this.siteTime = siteTime;
    }

    /** Dated today on the site's clocks. */
    public ArticleDraft newArticle() {
        return ArticleDraft.newArticle(siteTime.date(Instant.now(clock)));
    }

    @Transactional(readOnly = true)
    public Optional<ArticleDraft> load(long articleId) {
        return articles.findDraft(articleId);
    }

    /** Who saved the article after the given optimistic-lock version, by display name; empty while nobody did. */
    @Transactional(readOnly = true)
    public Optional<String> savedAfter(long articleId, int version) {
        return articles.lastEditorAfter(articleId, version);
    }

    /** Every saved state of one language version, newest first. */
    @Transactional(readOnly = true)
    public List<Revision> revisions(long articleId, Language language) {
        return articles.findRevisions(articleId, language);
    }

    /** Who saved each language version last, and when; a version saved by nobody yet has none. */
    @Transactional(readOnly = true)
    public Map<Language, LastSave> lastSaves(long articleId) {
        return articles.findLastSaves(articleId);
    }

    /**
     * Stores the draft and returns it as stored now.
     *
     * @throws Rejected when a field is wrong; nothing is stored
     * @throws EditConflictException  when someone saved the article after this draft was loaded
     */
    public ArticleDraft save(ArticleDraft draft) {
        return store(draft, Passage.WRITTEN);
    }

    /**
     * Stores the draft like {@link #save(ArticleDraft)}, telling the readers of each published version that
     * changes what the change is: a correction or an update shows under the article with its note and date, a minor
     * change (and a version without a note here) shows nothing.
     *
     * @throws Rejected when a correction or update has no note or one that is too long; nothing is stored
     */
    public ArticleDraft save(ArticleDraft draft, Map<Language, ChangeNote> changeNotes) {
        var problems = new Problems();
        changeNotes.forEach((language, note) -> {
            var field = language.code() + ".changeNote";
            if (note.kind().isNoted() && note.text().isEmpty()) {
                problems.add(field, "changeNote.required");
            } else if (note.text().length() > ChangeNote.MAX_LENGTH) {
                problems.add(field, "changeNote.tooLong", ChangeNote.MAX_LENGTH);
            }
        });
        problems.rejectIfAny();
        return store(draft, Passage.written(changeNotes));
    }

    /** Whether versions go live only after review ({@code newsdesk.workflow.review-required}). */
    public boolean reviewRequired() {
        return reviewRequired;
    }

    /**
     * Stores the draft like {@link #save}, taking versions live without review: urgent news cannot wait. The reason
     * goes to the audit log and the article's internal notes, and each version it takes live stays marked
     * "published without review" until someone else {@link #markReviewed reviews} it.
     *
     * @throws Rejected when the reason is blank, or a field is wrong; nothing is stored
     */
    @StaffOnly
    public ArticleDraft saveWithoutReview(ArticleDraft draft, String reason) {
        if (reason.isBlank()) {
            throw new Rejected("reason", "review.reasonRequired");
        }
        return store(draft, Passage.withoutReview(reason.strip()));
    }

    /**
     * Approves the versions in review as they are stored: each goes live now, or is scheduled when it carries a
     * publish time still ahead. Publishing goes the way of every save (revision, audit, search, public cache).
     *
     * @param expectedVersion the article's optimistic-lock version the reviewer read
     * @throws Rejected              when a version is not in review, or the reviewer is its last author
     * @throws EditConflictException when someone saved the article after the reviewer read it
     */
    @StaffOnly
    public ArticleDraft approve(long articleId, Set<Language> languages, int expectedVersion) {
        var stored = stored(articleId);
        var now = Instant.now(clock);
        var versions = new EnumMap<>(stored.versions());
        for (var language : languages) {
            var version = reviewable(stored, language);
            versions.put(language, version.approvedAt(now));
            // In the same transaction as the save below: refused, neither is kept.
            audit.record("ARTICLE_APPROVED", target(articleId, language), version.title());
        }
        return store(stored.withVersions(versions, expectedVersion), Passage.approved(languages));
    }

    /**
     * Sends a version in review back to draft; the remark becomes an internal note on the version.
     *
     * @throws Rejected              when the remark is blank or too long, the version is not in review, or the
     *                               reviewer is its last author
     * @throws EditConflictException when someone saved the article after the reviewer read it
     */
    @StaffOnly
    public ArticleDraft sendBack(long articleId, Language language, int expectedVersion, String remark) {
        if (remark.isBlank()) {
            throw new Rejected("remark", "review.remarkRequired");
        }
        var stored = stored(articleId);
        var versions = new EnumMap<>(stored.versions());
        var version = reviewable(stored, language);
        versions.put(language, version.withState(PublicationStatus.DRAFT, null));
        var sentBack = store(stored.withVersions(versions, expectedVersion), Passage.SENT_BACK);
        notes.add(articleId, language, NoteKind.SENT_BACK, remark);
        audit.record("ARTICLE_SENT_BACK", target(articleId, language), remark);
        return sentBack;
    }

    /**
     * Records that someone other than its author reviewed a version after it was published without review; its mark
     * goes. A version without the mark stays as it is.
     *
     * @throws Rejected when the signed-in person published it or wrote it last
     */
    @StaffOnly
    public void markReviewed(long articleId, Language language) {
        var publishedBy = articles.findUnreviewed(articleId).get(language);
        if (publishedBy == null) {
            return;
        }
        var me = currentEditor();
        if (me.equals(publishedBy)
                || me.equals(articles.findLastAuthors(articleId).get(language))) {
            throw new Rejected("review", "review.ownVersion");
        }
        articles.markUnreviewed(articleId, language, null);
        audit.record("ARTICLE_REVIEWED_AFTERWARDS", target(articleId, language), null);
    }

    /**
     * Withdraws published versions: each stays at its address under a banner with its day and its reason, in its
     * language, and leaves the grid, the theme pages, the feeds, the search and the sitemap.
     *
     * @param reasons the banner's reason for each version to withdraw
     * @throws Rejected              when there is no version, a reason is blank or too long, or a version is not
     *                               published; nothing changes
     * @throws EditConflictException when someone saved the article after it was read
     */
    @StaffOnly
    public ArticleDraft withdraw(long articleId, Map<Language, String> reasons, int expectedVersion) {
        var problems = new Problems();
        if (reasons.isEmpty()) {
            problems.add("languages", "takedown.noLanguage");
        }
        reasons.forEach((language, reason) -> {
            var field = language.code() + ".reason";
            if (reason.isBlank()) {
                problems.add(field, "withdrawal.reasonRequired");
            } else if (reason.strip().length() > Takedown.MAX_REASON_LENGTH) {
                problems.add(field, "withdrawal.reasonTooLong", Takedown.MAX_REASON_LENGTH);
            }
        });
        problems.rejectIfAny();
        var withdrawn = takeDown(stored(articleId), reasons.keySet(), PublicationStatus.WITHDRAWN, expectedVersion);
        var now = Instant.now(clock);
        reasons.forEach((language, reason) -> {
            takedowns.save(articleId, language, reason.strip(), null, currentEditor(), now);
            audit.record("ARTICLE_WITHDRAWN", target(articleId, language), reason.strip());
        });
        return withdrawn;
    }

    /**
     * Unpublishes published or withdrawn versions for good: each address answers 410 Gone, or leads with a 301 to a
     * page of this site.
     *
     * @param redirectTo the path to lead to, as typed; null or blank for 410 Gone
     * @throws Rejected              when there is no version, a version is neither published nor withdrawn, or the
     *                               path is another site's, malformed or one of these versions' own; nothing changes
     * @throws EditConflictException when someone saved the article after it was read
     */
    @StaffOnly
    public ArticleDraft unpublish(
            long articleId, Set<Language> languages, @Nullable String redirectTo, int expectedVersion) {
        if (languages.isEmpty()) {
            throw new Rejected("languages", "takedown.noLanguage");
        }
        var target = redirectTo == null || redirectTo.isBlank()
                ? null
                : RedirectPaths.targetPath(redirectTo)
                        .filter(path -> path.length() <= RedirectPaths.MAX_LENGTH)
                        .orElseThrow(() -> new Rejected("redirectTo", "unpublish.badTarget"));
        var stored = stored(articleId);
        for (var language : languages) {
            var version = stored.versions().get(language);
            if (version != null && ("/" + Addresses.article(language, version.slug())).equals(target)) {
                throw new Rejected("redirectTo", "unpublish.toItself");
            }
        }
        var unpublished = takeDown(stored, languages, PublicationStatus.UNPUBLISHED, expectedVersion);
        var now = Instant.now(clock);
        for (var language : languages) {
            takedowns.save(articleId, language, null, target, currentEditor(), now);
            audit.record("ARTICLE_UNPUBLISHED", target(articleId, language), target == null ? "410 Gone" : target);
        }
        return unpublished;
    }

    /**
     * Puts a withdrawn or unpublished version back on the site as it was: the undo of taking it down. It was
     * published once, so it needs no review again.
     *
     * @throws Rejected              when the version is not taken down
     * @throws EditConflictException when someone saved the article after it was read
     */
    @StaffOnly
    public ArticleDraft putBack(long articleId, Language language, int expectedVersion) {
        var stored = stored(articleId);
        var version = stored.versions().get(language);
        if (version == null || !version.status().isTakenDown()) {
            throw new Rejected("status", "takedown.notTakenDown");
        }
        var versions = new EnumMap<>(stored.versions());
        versions.put(language, version.withState(PublicationStatus.PUBLISHED, null));
        var back = store(stored.withVersions(versions, expectedVersion), Passage.TAKEN_DOWN);
        audit.record("ARTICLE_PUT_BACK", target(articleId, language), version.title());
        return back;
    }

    /** @throws EditConflictException when the article was deleted meanwhile */
    private ArticleDraft stored(long articleId) {
        return articles.findDraft(articleId).orElseThrow(() -> new EditConflictException("?"));
    }

    /** How each version that is withdrawn or unpublished now was taken down. */
    @Transactional(readOnly = true)
    public Map<Language, Takedown> takedowns(long articleId) {
        return takedowns.find(articleId);
    }

    /** @throws Rejected unless every one of these versions can be read on the site and is not in this state yet */
    private ArticleDraft takeDown(
            ArticleDraft stored, Set<Language> languages, PublicationStatus status, int expectedVersion) {
        var versions = new EnumMap<>(stored.versions());
        for (var language : languages) {
            var version = versions.get(language);
            if (version == null || !version.status().isReadable() || version.status() == status) {
                throw new Rejected("status", "takedown.notLive");
            }
            versions.put(language, version.withState(status, null));
        }
        return store(stored.withVersions(versions, expectedVersion), Passage.TAKEN_DOWN);
    }

    /** Where each saved language version stands in review, for the signed-in person. */
    @Transactional(readOnly = true)
    public Map<Language, VersionReview> reviews(long articleId) {
        var me = currentEditor();
        var reviewer = SignedIn.rights(security).wholeArticle();
        var authors = articles.findLastAuthors(articleId);
        var unreviewed = articles.findUnreviewed(articleId);
        var reviews = new EnumMap<Language, VersionReview>(Language.class);
        articles.findDraft(articleId)
                .ifPresent(article -> article.versions()
                        .keySet()
                        .forEach(language -> reviews.put(
                                language,
                                new VersionReview(
                                        unreviewed.containsKey(language),
                                        reviewer
                                                && !me.equals(authors.get(language))
                                                && !me.equals(unreviewed.get(language))))));
        return reviews;
    }

    /** @throws Rejected unless the version is in review and the signed-in person did not write it last */
    private VersionDraft reviewable(ArticleDraft stored, Language language) {
        var version = stored.versions().get(language);
        if (version == null || version.status() != PublicationStatus.IN_REVIEW) {
            throw new Rejected("review", "review.notInReview");
        }
        var articleId = stored.savedArticleId();
        if (currentEditor().equals(articles.findLastAuthors(articleId).get(language))) {
            throw new Rejected("review", "review.ownVersion");
        }
        return version;
    }

    private static String target(long articleId, Language language) {
        return "article " + articleId + " " + language.code();
    }

    private ArticleDraft store(ArticleDraft draft, Passage passage) {
        var now = Instant.now(clock);
        var editor = currentEditor();
        var written = cleaned(draft);
        var found = written.isNew() ? Optional.<ArticleDraft>empty() : articles.findDraft(written.savedArticleId());
        var safe = withinRights(written, found, SignedIn.rights(security));
        checkReview(safe, found, passage);
        checkTakingDown(safe, found, passage);
        validation.check(safe, now);
        Map<Language, VersionDraft> stored = Map.of();
        Long storedHero = null;
        long articleId;
        var savedId = safe.articleId();
        if (savedId == null) {
            articleId = articles.insertArticle(safe.themeId(), safe.publicationDate(), safe.heroImageId(), editor, now);
        } else {
            articleId = savedId;
            var before = found.orElseThrow(() -> new EditConflictException("?"));
            stored = before.versions();
            storedHero = before.heroImageId();
            if (!articles.updateArticle(
                    articleId,
                    safe.version(),
                    safe.themeId(),
                    safe.publicationDate(),
                    safe.heroImageId(),
                    editor,
                    now)) {
                throw new EditConflictException(articles.lastEditor(articleId).orElse("?"));
            }
        }
        if (safe.heroImage() != null) {
            articles.saveAltTexts(safe.heroImage());
        }
        if (storedHero != null && !storedHero.equals(safe.heroImageId())) {
            media.discardIfUnused(storedHero);
        }
        var saved = new EnumMap<Language, TranslationTracking.SavedVersion>(Language.class);
        for (var entry : safe.versions().entrySet()) {
            var version = entry.getValue();
            var before = stored.get(entry.getKey());
            if (!version.isBlank() && !version.equals(before)) {
                articles.saveVersion(
                        articleId, entry.getKey(), version, passage.kind() == RevisionKind.SAVED ? editor : null, now);
                if (before != null
                        && before.status().isTakenDown()
                        && !version.status().isTakenDown()) {
                    takedowns.delete(articleId, entry.getKey());
                }
                if (before != null && before.status().isReadable()) {
                    oldSlugs.publishedVersionSaved(articleId, entry.getKey(), before.slug(), version.slug());
                    if (version.status() == PublicationStatus.PUBLISHED && version.readsDifferentlyFrom(before)) {
                        changeNotes.record(articleId, entry.getKey(), passage.changeNote(entry.getKey()), editor, now);
                    }
                }
                var revision = articles.insertRevision(articleId, entry.getKey(), version, passage.kind(), editor);
                saved.put(entry.getKey(), new TranslationTracking.SavedVersion(version, revision));
                // Taking down and putting back say more than the new state: they record it themselves.
                if ((before == null || before.status() != version.status()) && !passage.takesDown()) {
                    audit.record(
                            "ARTICLE_" + version.status().name(),
                            "article " + articleId + " " + entry.getKey().code(),
                            version.title());
                }
                if (goesLive(before, version)) {
                    afterGoingLive(articleId, entry.getKey(), version, passage, editor);
                }
            }
        }
        translationTracking.afterSave(articleId, stored, saved, now);
        // The date applies to every version, so all of them are indexed again, whatever changed.
        searchIndex.reindexArticle(articleId);
        // Publishing, and any change to a version whose address shows it or says it is gone, changes the public site.
        if (Stream.concat(stored.values().stream(), safe.versions().values().stream())
                .anyMatch(version -> version.status().shapesPublicSite())) {
            contentChanges.record();
        }
        return articles.findDraft(articleId).orElseThrow();
    }

    /**
     * While review is required, a save takes a version live only through an approval or without review for a
     * reason; an update of a live version, or publishing a scheduled one now, needs neither.
     */
    private void checkReview(ArticleDraft draft, Optional<ArticleDraft> found, Passage passage) {
        if (!reviewRequired) {
            return;
        }
        var stored = found.map(ArticleDraft::versions).orElse(Map.of());
        var problems = new Problems();
        draft.versions().forEach((language, version) -> {
            if (goesLive(stored.get(language), version) && !passage.mayGoLive(language)) {
                problems.add("review", "review.required");
            }
        });
        problems.rejectIfAny();
    }

    /** Withdrawn and unpublished versions come about only with what they say: see {@link #withdraw}. */
    private static void checkTakingDown(ArticleDraft draft, Optional<ArticleDraft> found, Passage passage) {
        var stored = found.map(ArticleDraft::versions).orElse(Map.of());
        draft.versions().forEach((language, version) -> {
            var before = stored.get(language);
            if (version.status().isTakenDown()
                    && (before == null || before.status() != version.status())
                    && !passage.takesDown()) {
                throw new Rejected("status", "takedown.onlyByAction");
            }
        });
    }

    private static boolean goesLive(@Nullable VersionDraft before, VersionDraft after) {
        return isLive(after) && (before == null || !isLive(before));
    }

    private static boolean isLive(VersionDraft version) {
        return version.status() == PublicationStatus.PUBLISHED || version.status() == PublicationStatus.SCHEDULED;
    }

    /** An approval clears a mark of "published without review"; publishing without review sets it and says why. */
    private void afterGoingLive(
            long articleId, Language language, VersionDraft version, Passage passage, String editor) {
        var reason = passage.reason();
        if (reason != null) {
            articles.markUnreviewed(articleId, language, editor);
            notes.add(articleId, language, NoteKind.WITHOUT_REVIEW, reason);
            audit.record(
                    "ARTICLE_PUBLISHED_WITHOUT_REVIEW", target(articleId, language), version.title() + ": " + reason);
        } else if (passage.approved().contains(language)) {
            articles.markUnreviewed(articleId, language, null);
        }
    }

    /** Each language version that was translated from another one, with where it stands against its source. */
    @Transactional(readOnly = true)
    public Map<Language, Translation> translations(long articleId) {
        return translations.findTranslations(articleId);
    }

    /**
     * Records that an outdated translation still says what its changed source says: it is up to date again, and a
     * revision of kind {@link RevisionKind#CONFIRMED} with its unchanged text keeps who said so and when. A
     * translation that is not outdated stays as it is.
     */
    public void confirmTranslation(long articleId, Language language) {
        SignedIn.rights(security).requireWrite(language);
        var translation = translations.findTranslations(articleId).get(language);
        if (translation == null || !translation.outdated()) {
            return;
        }
        var version = articles.findDraft(articleId)
                .map(article -> article.versions().get(language))
                .orElseThrow(() -> new Rejected("translation", "translation.gone"));
        translations.follow(articleId, language, translation.source());
        translations.noteSourceOf(
                articles.insertRevision(articleId, language, version, RevisionKind.CONFIRMED, currentEditor()));
        audit.record("TRANSLATION_CONFIRMED", "article " + articleId + " " + language.code(), version.title());
    }

    /**
     * Says which language version this one is translated from, or that it is an original ({@code source} null);
     * it counts as matching that source's current text from now on.
     *
     * @throws Rejected when either version does not exist or the source is translated from this one, directly or
     *                  through others
     */
    public void translateFrom(long articleId, Language language, @Nullable Language source) {
        SignedIn.rights(security).requireWrite(language);
        var article = articles.findDraft(articleId).orElseThrow(() -> new Rejected("translation", "translation.gone"));
        var version = article.versions().get(language);
        if (version == null) {
            throw new Rejected("translation", "translation.gone");
        }
        if (source != null) {
            if (source == language || !article.versions().containsKey(source)) {
                throw new Rejected("source", "translation.source.missing");
            }
            var sources = translations.findSources(articleId);
            for (var step = sources.get(source); step != null; step = sources.get(step)) {
                if (step == language) {
                    throw new Rejected("source", "translation.source.circular");
                }
            }
        }
        translations.follow(articleId, language, source);
        audit.record("TRANSLATION_SOURCE_SET", "article " + articleId + " " + language.code(), version.title());
    }

    private String currentEditor() {
        return SignedIn.username(security);
    }

    /**
     * Removes the article with all its language versions, revisions, view count, search words and (unless another
     * article uses it) its hero image for good; timeline entries that linked to it keep their text without the link.
     *
     * @throws EditConflictException when someone saved the article after it was loaded, so the editor decides
     *                               again with their changes in view
     */
    @StaffOnly
    public void delete(long articleId, int expectedVersion) {
        var article = stored(articleId);
        if (!articles.deleteArticle(articleId, expectedVersion)) {
            throw new EditConflictException(articles.lastEditor(articleId).orElse("?"));
        }
        if (article.heroImageId() != null) {
            media.discardIfUnused(article.heroImageId());
        }
        var titles = Arrays.stream(Language.values())
                .flatMap(language -> Optional.ofNullable(article.versions().get(language))
                        .map(version -> language.code() + ": " + version.title())
                        .stream())
                .toList();
        audit.record("ARTICLE_DELETED", "article " + articleId, String.join(" | ", titles));
        contentChanges.record();
    }

    /**
     * What of the draft this person may store. Editors store all of it. A translator stores the text of their
     * languages' versions, in the states they are stored in, and their alt texts of the hero image; the shared
     * fields and the other versions stay as stored, so a stale copy of them (after a conflict) changes nothing.
     *
     * @param found the article as stored now; empty for a new one, or one deleted meanwhile
     * @throws AccessDeniedException for a translator who creates an article or changes a version's state other than
     *                               submitting a draft for review
     */
    private ArticleDraft withinRights(ArticleDraft draft, Optional<ArticleDraft> found, EditingRights rights) {
        if (rights.wholeArticle()) {
            return draft;
        }
        if (draft.isNew()) {
            rights.requireWholeArticle();
        }
        var stored = found.orElseThrow(() -> new EditConflictException("?"));
        var versions = new EnumMap<>(stored.versions());
        draft.versions().forEach((language, version) -> {
            if (rights.mayWrite(language)) {
                var before = stored.versions().getOrDefault(language, VersionDraft.empty());
                if (!version.hasSameStateAs(before) && !submitsForReview(before, version)) {
                    rights.requireWholeArticle();
                }
                versions.put(language, version);
            }
        });
        var heroImage = stored.heroImage();
        if (heroImage != null) {
            var altTexts = new EnumMap<Language, String>(Language.class);
            altTexts.putAll(heroImage.altTexts());
            var written = draft.heroImage();
            rights.languages()
                    .forEach(language -> altTexts.put(language, written == null ? "" : written.altText(language)));
            heroImage = new HeroImageDraft(heroImage.imageId(), altTexts);
        }
        return new ArticleDraft(
                stored.articleId(),
                draft.version(),
                stored.themeId(),
                stored.publicationDate(),
                versions,
                draft.updatedBy(),
                heroImage);
    }

    /** The one state change a translator may make: a draft of their language, submitted for review without a time. */
    private static boolean submitsForReview(VersionDraft before, VersionDraft after) {
        return before.status() == PublicationStatus.DRAFT
                && after.status() == PublicationStatus.IN_REVIEW
                && after.publishAt() == null;
    }

    /**
     * The draft as it may be stored: bodies without unsafe HTML, and each slug made valid ("Mijn Bericht" becomes
     * "mijn-bericht", an empty one follows the title) rather than refused for a capital or a space.
     */
    private ArticleDraft cleaned(ArticleDraft draft) {
        var versions = new EnumMap<Language, VersionDraft>(Language.class);
        draft.versions()
                .forEach((language, version) -> versions.put(
                        language,
                        new VersionDraft(
                                version.title(),
                                Slugs.isValid(version.slug())
                                        ? version.slug()
                                        : Slugs.fromTitle(version.slug().isEmpty() ? version.title() : version.slug()),
                                version.teaser(),
                                markdown.withoutUnsafeHtml(version.body()),
                                version.status(),
                                version.publishAt())));
        return draft.withVersions(versions);
    }
}
