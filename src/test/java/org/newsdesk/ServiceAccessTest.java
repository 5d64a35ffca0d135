package org.newsdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.Caller.ADMIN;
import static org.newsdesk.Caller.EDITOR;
import static org.newsdesk.Caller.TRANSLATOR;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.newsdesk.account.AccountAdministration;
import org.newsdesk.article.ArticleService;
import org.newsdesk.article.NewsQuery;
import org.newsdesk.article.OverviewFilter;
import org.newsdesk.attachment.AttachmentService;
import org.newsdesk.audit.ArticleAuditTrail;
import org.newsdesk.audit.AuditFilter;
import org.newsdesk.audit.AuditLog;
import org.newsdesk.audit.AuditTrail;
import org.newsdesk.autosave.KeptCopies;
import org.newsdesk.base.Language;
import org.newsdesk.corrections.ChangeNote;
import org.newsdesk.corrections.ChangeNotes;
import org.newsdesk.counting.Readership;
import org.newsdesk.counting.ViewCounter;
import org.newsdesk.editorial.ArticleDraft;
import org.newsdesk.editorial.EditorialService;
import org.newsdesk.featured.FeaturedNews;
import org.newsdesk.history.ArticleHistory;
import org.newsdesk.media.MediaService;
import org.newsdesk.notes.InternalNotes;
import org.newsdesk.notes.NoteKind;
import org.newsdesk.notes.OutsideComments;
import org.newsdesk.presence.EditingPresence;
import org.newsdesk.previewlink.PreviewLinks;
import org.newsdesk.publiccontent.ContentChanges;
import org.newsdesk.redirect.ArticleAddresses;
import org.newsdesk.redirect.LegacyRedirects;
import org.newsdesk.redirect.OldSlugs;
import org.newsdesk.search.NewsScope;
import org.newsdesk.search.NewsSearch;
import org.newsdesk.search.SearchIndexer;
import org.newsdesk.seo.FeedService;
import org.newsdesk.seo.SitemapService;
import org.newsdesk.theme.ThemeAdministration;
import org.newsdesk.theme.ThemeDraft;
import org.newsdesk.theme.ThemeService;
import org.newsdesk.theme.TimelineEditing;
import org.newsdesk.theme.TimelineEntryDraft;
import org.newsdesk.translation.ConsistencyChecks;
import org.newsdesk.translation.TranslationFilter;
import org.newsdesk.translation.TranslationOverview;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may call every public operation of every service, called through the Spring proxy under each kind of caller
 * with the authorities the application grants. Method security decides before any work, so the arguments are
 * dummies: a caller who may call gets past the check (whatever the dummy then leads to), every other caller is
 * refused with {@link AuthorizationDeniedException}. What a translator may change inside an operation they may call
 * (their languages only) is checked by {@code EditingRights} and tested in {@code TranslatorRightsTest} and
 * {@code GuessedIdsTest}. A public method of a service without a line here fails the test, naming the line to add.
 * Everything is rolled back.
 */
@SpringBootTest
@Transactional
class ServiceAccessTest {

    private static final Set<Caller> EVERYONE = EnumSet.allOf(Caller.class);
    /** {@code @StaffOnly}: editors and administrators. */
    private static final Set<Caller> STAFF = EnumSet.of(EDITOR, ADMIN);
    /** {@code @EditorsAndTranslators}: staff and translators (who then write only their languages). */
    private static final Set<Caller> TEXT = EnumSet.of(EDITOR, ADMIN, TRANSLATOR);
    /** {@code @AdminOnly}. */
    private static final Set<Caller> ADMINS = EnumSet.of(ADMIN);

    @Autowired
    Readership readership;

    @Autowired
    ApplicationContext context;

    @Autowired
    AccountAdministration accounts;

    @Autowired
    UserDetailsService signIn;

    @Autowired
    ArticleService articles;

    @Autowired
    AttachmentService attachments;

    @Autowired
    AuditLog auditLog;

    @Autowired
    AuditTrail auditTrail;

    @Autowired
    KeptCopies keptCopies;

    @Autowired
    ViewCounter views;

    @Autowired
    InternalNotes notes;

    @Autowired
    ChangeNotes changeNotes;

    @Autowired
    OutsideComments outsideComments;

    @Autowired
    PreviewLinks previewLinks;

    @Autowired
    ArticleHistory history;

    @Autowired
    ArticleAuditTrail articleAuditTrail;

    @Autowired
    EditorialService editorial;

    @Autowired
    FeaturedNews featured;

    @Autowired
    MediaService media;

    @Autowired
    EditingPresence presence;

    @Autowired
    ContentChanges contentChanges;

    @Autowired
    ArticleAddresses articleAddresses;

    @Autowired
    LegacyRedirects legacyRedirects;

    @Autowired
    OldSlugs oldSlugs;

    @Autowired
    NewsSearch search;

    @Autowired
    SearchIndexer indexer;

    @Autowired
    FeedService feeds;

    @Autowired
    SitemapService sitemaps;

    @Autowired
    ThemeAdministration themeAdministration;

    @Autowired
    ThemeService themes;

    @Autowired
    TimelineEditing timelines;

    @Autowired
    ConsistencyChecks consistency;

    @Autowired
    TranslationOverview translationOverview;

    /** One line per operation: its signature, who may call it, and a call with dummy arguments. */
    private Map<String, Operation> table() {
        var nl = Language.NL;
        var noDraft = ArticleDraft.newArticle(LocalDate.of(2026, 1, 1));
        var operations = new Operations();
        operations
                // Accounts and sign-in: administrators only; the sign-in lookup is Spring Security's, before anyone is
                // signed in.
                .add("AccountAdministration.accounts()", ADMINS, () -> accounts.accounts())
                .add(
                        "AccountAdministration.create(String, String, String, Set, Set)",
                        ADMINS,
                        () -> accounts.create(
                                "access-table", "Access table", "a long enough secret 42", Set.of(), Set.of()))
                .add("AccountAdministration.disable(String)", ADMINS, () -> accounts.disable("no-such-account"))
                .add("AccountAdministration.enable(String)", ADMINS, () -> accounts.enable("no-such-account"))
                .add(
                        "AccountAdministration.resetPassword(String, String)",
                        ADMINS,
                        () -> accounts.resetPassword("no-such-account", "a long enough secret 42"))
                .add(
                        "AccountAdministration.setRoles(String, Set, Set)",
                        ADMINS,
                        () -> accounts.setRoles("no-such-account", Set.of(), Set.of()))
                .add(
                        "StaffUserDetailsService.loadUserByUsername(String)",
                        EVERYONE,
                        () -> signIn.loadUserByUsername("no-such-account"))
                // The audit trail is read by administrators; every feature writes to it.
                .add(
                        "AuditTrail.find(AuditFilter, int, int)",
                        ADMINS,
                        () -> auditTrail.find(AuditFilter.EVERYTHING, 0, 1))
                .add("AuditTrail.count(AuditFilter)", ADMINS, () -> auditTrail.count(AuditFilter.EVERYTHING))
                .add("AuditTrail.actions()", ADMINS, () -> auditTrail.actions())
                .add("AuditLog.record(String, String, String)", EVERYONE, () -> auditLog.record("TEST", "table", null))
                .add(
                        "AuditLog.recordAs(String, String, String, String, String)",
                        EVERYONE,
                        () -> auditLog.recordAs(null, null, "TEST", "table", null))
                // Public reads: published content only.
                .add("ArticleService.latest(Language, int)", EVERYONE, () -> articles.latest(nl, 1))
                .add(
                        "ArticleService.latestOthers(Language, long, int)",
                        EVERYONE,
                        () -> articles.latestOthers(nl, 0, 1))
                .add(
                        "ArticleService.news(Language, NewsQuery, NewsCursor, int)",
                        EVERYONE,
                        () -> articles.news(nl, NewsQuery.EVERYTHING, null, 1))
                .add(
                        "ArticleService.cardsInOrder(Language, List)",
                        EVERYONE,
                        () -> articles.cardsInOrder(nl, List.of(0L)))
                .add("ArticleService.publicationYears(Language)", EVERYONE, () -> articles.publicationYears(nl))
                .add("ArticleService.readable(Language, String)", EVERYONE, () -> articles.readable(nl, "no-such-slug"))
                .add("ArticleService.readableSlugs(long)", EVERYONE, () -> articles.readableSlugs(0))
                // No check before the work: the page given is one the caller has already read.
                .add("ArticleService.related(ArticlePage, int)", EVERYONE, () -> articles.related(null, 1))
                // Back-office reads of articles in any state.
                .add("ArticleService.preview(long, Language)", TEXT, () -> articles.preview(0, nl))
                .add(
                        "ArticleService.overview(Language, OverviewFilter, int, int)",
                        TEXT,
                        () -> articles.overview(nl, OverviewFilter.ALL, 0, 1))
                .add(
                        "ArticleService.countOverview(OverviewFilter)",
                        TEXT,
                        () -> articles.countOverview(OverviewFilter.ALL))
                .add(
                        "ArticleService.countOverviewByStatus(OverviewFilter)",
                        TEXT,
                        () -> articles.countOverviewByStatus(OverviewFilter.ALL))
                // Documents: staff upload and attach; the editor lists them; the page's list is read by ArticleService.
                .add("AttachmentService.upload(byte[], String)", STAFF, () -> attachments.upload(new byte[0], "x.pdf"))
                .add(
                        "AttachmentService.attach(long, Language, long, String)",
                        STAFF,
                        () -> attachments.attach(0, nl, 0, "x"))
                .add("AttachmentService.remove(long)", STAFF, () -> attachments.remove(0))
                .add("AttachmentService.of(long, Language)", EVERYONE, () -> attachments.of(0, nl))
                .add("AttachmentService.ofArticle(long)", TEXT, () -> attachments.ofArticle(0))
                // Kept copies and presence belong to the signed-in editor (see GuessedIdsTest).
                .add("KeptCopies.lifetime()", EVERYONE, () -> keptCopies.lifetime())
                .add("KeptCopies.keep(Long, int, Map)", TEXT, () -> keptCopies.keep(0L, 0, Map.of()))
                .add("KeptCopies.find(Long)", TEXT, () -> keptCopies.find(0L))
                .add("KeptCopies.forget(Long)", TEXT, () -> keptCopies.forget(0L))
                .add("EditingPresence.renewInterval()", EVERYONE, () -> presence.renewInterval())
                .add("EditingPresence.renew(long, String, int)", TEXT, () -> presence.renew(0, "tab", 0))
                .add("EditingPresence.leave(long, String)", TEXT, () -> presence.leave(0, "tab"))
                // Counting a visitor's view; the id was counted in this session already, so nothing is buffered.
                .add(
                        "ViewCounter.countVisitorView(long, Language, Set, String)",
                        EVERYONE,
                        () -> views.countVisitorView(0, nl, Set.of(0L), "Mozilla/5.0"))
                .add("ViewCounter.pending(long)", EVERYONE, () -> views.pending(0))
                .add("ViewCounter.pending(long, Language)", EVERYONE, () -> views.pending(0, nl))
                // The editorial workflow: translators their languages' text (EditingRights), deleting is for staff.
                .add("EditorialService.newArticle()", TEXT, () -> editorial.newArticle())
                .add("EditorialService.load(long)", TEXT, () -> editorial.load(0))
                .add("EditorialService.savedAfter(long, int)", TEXT, () -> editorial.savedAfter(0, 0))
                .add("EditorialService.revisions(long, Language)", TEXT, () -> editorial.revisions(0, nl))
                .add("EditorialService.lastSaves(long)", TEXT, () -> editorial.lastSaves(0))
                .add("EditorialService.save(ArticleDraft)", TEXT, () -> editorial.save(noDraft))
                .add("EditorialService.save(ArticleDraft, Map)", TEXT, () -> editorial.save(noDraft, Map.of()))
                // Public change notes: written by EditorialService.save inside its transaction, shown on the page.
                .add(
                        "ChangeNotes.record(long, Language, ChangeNote, String, Instant)",
                        EVERYONE,
                        () -> changeNotes.record(0, nl, ChangeNote.MINOR, "x", Instant.EPOCH))
                .add("ChangeNotes.of(long, Language)", EVERYONE, () -> changeNotes.of(0, nl))
                .add("ChangeNotes.allOf(long)", TEXT, () -> changeNotes.allOf(0))
                // An article's history: the desk's, translators included (the whole audit log stays administrators').
                .add("ArticleHistory.of(long)", TEXT, () -> history.of(0))
                .add("ArticleAuditTrail.of(long)", TEXT, () -> articleAuditTrail.of(0))
                .add("EditorialService.translations(long)", TEXT, () -> editorial.translations(0))
                .add(
                        "EditorialService.confirmTranslation(long, Language)",
                        TEXT,
                        () -> editorial.confirmTranslation(0, Language.FR))
                .add(
                        "EditorialService.translateFrom(long, Language, Language)",
                        TEXT,
                        () -> editorial.translateFrom(0, Language.FR, null))
                .add("EditorialService.delete(long, int)", STAFF, () -> editorial.delete(0, 0))
                // Review: staff approve, send back and publish without review; everyone at the desk reads reviews.
                .add("EditorialService.reviewRequired()", TEXT, () -> editorial.reviewRequired())
                .add(
                        "EditorialService.saveWithoutReview(ArticleDraft, String)",
                        STAFF,
                        () -> editorial.saveWithoutReview(noDraft, "x"))
                .add("EditorialService.approve(long, Set, int)", STAFF, () -> editorial.approve(0, Set.of(nl), 0))
                .add(
                        "EditorialService.sendBack(long, Language, int, String)",
                        STAFF,
                        () -> editorial.sendBack(0, nl, 0, "x"))
                .add("EditorialService.markReviewed(long, Language)", STAFF, () -> editorial.markReviewed(0, nl))
                .add("EditorialService.reviews(long)", TEXT, () -> editorial.reviews(0))
                // Taking down: staff withdraw, unpublish and put back; everyone at the desk reads how it was done.
                .add(
                        "EditorialService.withdraw(long, Map, int)",
                        STAFF,
                        () -> editorial.withdraw(0, Map.of(nl, "x"), 0))
                .add(
                        "EditorialService.unpublish(long, Set, String, int)",
                        STAFF,
                        () -> editorial.unpublish(0, Set.of(nl), null, 0))
                .add("EditorialService.putBack(long, Language, int)", STAFF, () -> editorial.putBack(0, nl, 0))
                .add("EditorialService.takedowns(long)", TEXT, () -> editorial.takedowns(0))
                // Internal notes: the desk's, translators included; no public read path reaches them.
                .add(
                        "InternalNotes.add(long, Language, NoteKind, String)",
                        TEXT,
                        () -> notes.add(0, nl, NoteKind.NOTE, "x"))
                .add("InternalNotes.of(long)", TEXT, () -> notes.of(0))
                // Preview links: whoever may write a version shares it (a translator their languages', EditingRights);
                // opening and commenting check the link instead of a role, and only PreviewLinks reads a version or
                // writes a comment for them (ArchitectureTest).
                .add("PreviewLinks.validDays()", EVERYONE, () -> previewLinks.validDays())
                .add("PreviewLinks.create(long, Language, int)", TEXT, () -> previewLinks.create(0, nl, 1))
                .add("PreviewLinks.of(long, Language)", TEXT, () -> previewLinks.of(0, nl))
                .add("PreviewLinks.revoke(long)", TEXT, () -> previewLinks.revoke(0))
                .add("PreviewLinks.peek(Language, String)", EVERYONE, () -> previewLinks.peek(nl, "x"))
                .add("PreviewLinks.peek(String)", EVERYONE, () -> previewLinks.peek("x"))
                .add("PreviewLinks.open(Language, String)", EVERYONE, () -> previewLinks.open(nl, "x"))
                .add(
                        "PreviewLinks.comment(Language, String, String, String)",
                        EVERYONE,
                        () -> previewLinks.comment(nl, "x", "x", "x"))
                .add("ArticleService.sharedVersion(long, Language)", EVERYONE, () -> articles.sharedVersion(0, nl))
                .add(
                        "OutsideComments.add(long, Language, String, String)",
                        EVERYONE,
                        () -> outsideComments.add(0, nl, "x", "x"))
                .add(
                        "OldSlugs.publishedVersionSaved(long, Language, String, String)",
                        TEXT,
                        () -> oldSlugs.publishedVersionSaved(0, nl, "old", "new"))
                .add(
                        "ConsistencyChecks.beforeGoingLive(ArticleDraft, Language)",
                        TEXT,
                        () -> consistency.beforeGoingLive(noDraft, nl))
                .add(
                        "TranslationOverview.page(Language, TranslationFilter, int, int)",
                        TEXT,
                        () -> translationOverview.page(nl, TranslationFilter.ALL, 0, 1))
                .add(
                        "TranslationOverview.count(TranslationFilter)",
                        TEXT,
                        () -> translationOverview.count(TranslationFilter.ALL))
                .add("TranslationOverview.outdatedOnTheSite()", TEXT, () -> translationOverview.outdatedOnTheSite())
                // Readership: the start page's figures, for everyone at the desk and nobody else.
                .add("Readership.mostRead(int, Language, int)", TEXT, () -> readership.mostRead(7, nl, 5))
                .add("ArticleService.countOverdue()", TEXT, () -> articles.countOverdue())
                .add("Readership.daily(int)", TEXT, () -> readership.daily(30))
                .add("Readership.dailyOf(long, int)", TEXT, () -> readership.dailyOf(0, 30))
                .add("Readership.today()", TEXT, () -> readership.today())
                // Featured news: the site shows the pins, staff set them.
                .add("FeaturedNews.shown(Language)", EVERYONE, () -> featured.shown(nl))
                .add("FeaturedNews.shownOfTheme(Language, long)", EVERYONE, () -> featured.shownOfTheme(nl, 0))
                .add("FeaturedNews.maxPerLanguage()", EVERYONE, () -> featured.maxPerLanguage())
                .add("FeaturedNews.pins(Language)", STAFF, () -> featured.pins(nl))
                .add("FeaturedNews.candidates(Language, String)", STAFF, () -> featured.candidates(nl, "x"))
                .add("FeaturedNews.pin(Language, long, Instant, Instant)", STAFF, () -> featured.pin(nl, 0, null, null))
                .add(
                        "FeaturedNews.reschedule(long, Instant, Instant)",
                        STAFF,
                        () -> featured.reschedule(0, Instant.EPOCH, null))
                .add("FeaturedNews.move(long, int)", STAFF, () -> featured.move(0, 0))
                .add("FeaturedNews.unpin(long)", STAFF, () -> featured.unpin(0))
                // Images: staff upload; the editor shows any; visitors get files through /media, which checks itself.
                .add("MediaService.upload(byte[], String)", STAFF, () -> media.upload(new byte[0], "x.png"))
                .add("MediaService.find(long)", TEXT, () -> media.find(0))
                .add("MediaService.discardIfUnused(long)", STAFF, () -> media.discardIfUnused(0))
                // Public content changes, the word index: called by the features that change content, and by schedules.
                .add("ContentChanges.record()", EVERYONE, () -> contentChanges.record())
                .add("ContentChanges.follow()", EVERYONE, () -> contentChanges.follow())
                .add("SearchIndexer.reindexArticle(long)", EVERYONE, () -> indexer.reindexArticle(0))
                .add("SearchIndexer.reindexVersions(Collection)", EVERYONE, () -> indexer.reindexVersions(List.of()))
                .add("SearchIndexer.catchUp()", EVERYONE, () -> indexer.catchUp())
                .add(
                        "SearchIndexer.run(ApplicationArguments)",
                        EVERYONE,
                        () -> indexer.run(new DefaultApplicationArguments()))
                .add(
                        "NewsSearch.sharingTitleWords(Language, long, String, int)",
                        EVERYONE,
                        () -> search.sharingTitleWords(nl, 0, "x", 1))
                .add(
                        "NewsSearch.find(Language, String, NewsScope, NewsCursor, int)",
                        EVERYONE,
                        () -> search.find(nl, "x", new NewsScope(null, null), null, 1))
                // Addresses: what visitors follow is open, managing legacy redirects is for staff.
                .add("ArticleAddresses.resolve(Language, String)", EVERYONE, () -> articleAddresses.resolve(nl, "x"))
                .add("LegacyRedirects.follow(String)", EVERYONE, () -> legacyRedirects.follow("/no-such-path"))
                .add("LegacyRedirects.all()", STAFF, () -> legacyRedirects.all())
                .add("LegacyRedirects.add(String, String)", STAFF, () -> legacyRedirects.add("/old-access", "/nl"))
                .add("LegacyRedirects.remove(long)", STAFF, () -> legacyRedirects.remove(0))
                // Feeds and sitemaps: published content only.
                .add("FeedService.newest(Language)", EVERYONE, () -> feeds.newest(nl))
                .add("FeedService.newestInTheme(Language, String)", EVERYONE, () -> feeds.newestInTheme(nl, "x"))
                .add("SitemapService.articleFiles()", EVERYONE, () -> sitemaps.articleFiles())
                .add("SitemapService.pages()", EVERYONE, () -> sitemaps.pages())
                .add("SitemapService.articles(int)", EVERYONE, () -> sitemaps.articles(1))
                .add("SitemapService.newsFrom()", EVERYONE, () -> sitemaps.newsFrom())
                .add("SitemapService.recentNews(LocalDate)", EVERYONE, () -> sitemaps.recentNews(LocalDate.now()))
                // Themes: visitors read them, staff write them and their timelines.
                .add("ThemeService.bySlug(Language, String)", EVERYONE, () -> themes.bySlug(nl, "x"))
                .add("ThemeService.byId(Language, long)", EVERYONE, () -> themes.byId(nl, 0))
                .add("ThemeService.all(Language)", EVERYONE, () -> themes.all(nl))
                .add("ThemeService.overviews(Language)", EVERYONE, () -> themes.overviews(nl))
                .add("ThemeService.slugs(long)", EVERYONE, () -> themes.slugs(0))
                .add("ThemeService.timeline(long, Language)", EVERYONE, () -> themes.timeline(0, nl))
                .add("ThemeAdministration.all()", STAFF, () -> themeAdministration.all())
                .add("ThemeAdministration.byId(long)", STAFF, () -> themeAdministration.byId(0))
                .add(
                        "ThemeAdministration.save(ThemeDraft)",
                        STAFF,
                        () -> themeAdministration.save(new ThemeDraft(null, Map.of())))
                .add("ThemeAdministration.delete(long)", STAFF, () -> themeAdministration.delete(0))
                .add("TimelineEditing.entries(long)", STAFF, () -> timelines.entries(0))
                .add(
                        "TimelineEditing.linkableArticles(String, int, int)",
                        STAFF,
                        () -> timelines.linkableArticles("x", 0, 1))
                .add(
                        "TimelineEditing.save(TimelineEntryDraft)",
                        STAFF,
                        () -> timelines.save(new TimelineEntryDraft(null, 0, 0, null, null, Map.of(), null)))
                .add("TimelineEditing.moveUp(long, int)", STAFF, () -> timelines.moveUp(0, 0))
                .add("TimelineEditing.moveDown(long, int)", STAFF, () -> timelines.moveDown(0, 0))
                .add("TimelineEditing.delete(long, int)", STAFF, () -> timelines.delete(0, 0));
        return operations.byName;
    }

    @Test
    void everyPublicServiceOperationHasALine() {
        var table = table().keySet();
        var services = publicServiceOperations();

        assertThat(missing(services, table))
                .as("""
                        Public service operations without a line in %s.table(); add one per operation, e.g.
                            .add("Service.method(Type, Type)", STAFF, () -> service.method(dummy, dummy))
                        with who may call it (EVERYONE, STAFF, TEXT, ADMINS)""", ServiceAccessTest.class.getSimpleName())
                .isEmpty();
        assertThat(missing(table, services))
                .as("lines in the table for operations that no longer exist")
                .isEmpty();
    }

    static Set<String> missing(Set<String> wanted, Set<String> present) {
        var missing = new TreeSet<>(wanted);
        missing.removeAll(present);
        return missing;
    }

    @Test
    void everyOperationLetsInExactlyTheCallersOfItsLine() {
        var wrong = new ArrayList<String>();
        table().forEach((name, operation) -> {
            for (var caller : Caller.values()) {
                var refused = refused(caller, operation.call());
                if (refused == operation.callers().contains(caller)) {
                    wrong.add(name + " as " + caller
                            + (refused ? ": refused, the table lets in" : ": let in, the table refuses"));
                }
            }
        });

        assertThat(wrong).isEmpty();
    }

    private static boolean refused(Caller caller, ThrowingCall call) {
        var before = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(caller.securityContext());
        try {
            call.run();
            return false;
        } catch (AuthorizationDeniedException refusal) {
            return true;
        } catch (Exception | AssertionError dummyArgumentsFailedLater) {
            // Past method security: the dummy arguments name nothing, which the operation may refuse in its own words.
            return false;
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    /** "Class.method(Type, Type)" for every public method of every {@code @Service} bean of the application. */
    private Set<String> publicServiceOperations() {
        return context.getBeansWithAnnotation(Service.class).values().stream()
                .map(AopUtils::getTargetClass)
                .filter(type -> type.getPackageName().startsWith("org.newsdesk"))
                .flatMap(type -> Arrays.stream(type.getDeclaredMethods()))
                .filter(method -> Modifier.isPublic(method.getModifiers()) && !method.isSynthetic())
                .map(ServiceAccessTest::signature)
                .collect(Collectors.toSet());
    }

    private static String signature(Method method) {
        return method.getDeclaringClass().getSimpleName() + "." + method.getName() + "("
                + Arrays.stream(method.getParameterTypes())
                        .map(Class::getSimpleName)
                        .collect(Collectors.joining(", "))
                + ")";
    }

    @FunctionalInterface
    interface ThrowingCall {
        void run() throws Exception;
    }

    private record Operation(Set<Caller> callers, ThrowingCall call) {}

    private static final class Operations {
        final Map<String, Operation> byName = new LinkedHashMap<>();

        Operations add(String name, Set<Caller> callers, ThrowingCall call) {
            if (byName.put(name, new Operation(callers, call)) != null) {
                throw new IllegalArgumentException("two lines for " + name);
            }
            return this;
        }
    }
}
