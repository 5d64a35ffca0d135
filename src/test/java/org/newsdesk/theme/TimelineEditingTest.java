package org.newsdesk.theme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.newsdesk.jooq.Tables.ARTICLE;
import static org.newsdesk.jooq.Tables.ARTICLE_TRANSLATION;
import static org.newsdesk.jooq.Tables.AUDIT_EVENT;
import static org.newsdesk.jooq.Tables.THEME;
import static org.newsdesk.jooq.Tables.THEME_TRANSLATION;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.base.Language;
import org.newsdesk.base.PublicationStatus;
import org.newsdesk.base.Rejected;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/** Keeping a theme's timeline on a real MariaDB: every change, every refusal, and who may; rows are rolled back. */
@SpringBootTest
@Transactional
@WithMockUser(username = "eva", roles = "EDITOR")
class TimelineEditingTest {

    @Autowired
    TimelineEditing editing;

    @Autowired
    ThemeService themes;

    @Autowired
    DSLContext dsl;

    long themeId;

    @BeforeEach
    void storeATheme() {
        themeId = dsl.insertInto(THEME).defaultValues().returning(THEME.ID).fetchOne(THEME.ID);
        dsl.insertInto(
                        THEME_TRANSLATION,
                        THEME_TRANSLATION.THEME_ID,
                        THEME_TRANSLATION.LANG,
                        THEME_TRANSLATION.NAME,
                        THEME_TRANSLATION.SLUG)
                .values(themeId, Language.NL, "Waterbeheer", "waterbeheer-tijdlijn-test")
                .execute();
    }

    @Test
    void addedEntriesGoToTheEndOfTheirYearAndVisitorsSeeThemAtOnce() {
        add(2020, "Eerste actie");
        var second = editing.save(new TimelineEntryDraft(
                null,
                0,
                themeId,
                2020,
                LocalDate.of(2020, 5, 4),
                Map.of(Language.NL, "  Tweede actie  ", Language.FR, "   ", Language.EN, "Second action"),
                null));

        assertThat(second.texts())
                .containsExactly(Map.entry(Language.NL, "Tweede actie"), Map.entry(Language.EN, "Second action"));
        assertThat(themes.timeline(themeId, Language.NL).getFirst().actions())
                .extracting(TimelineAction::text)
                .containsExactly("Eerste actie", "Tweede actie");
        // English visitors see the first action too, in Dutch, the only language it has.
        assertThat(themes.timeline(themeId, Language.EN).getFirst().actions())
                .extracting(TimelineAction::textLanguage, TimelineAction::date)
                .containsExactly(tuple(Language.NL, null), tuple(Language.EN, LocalDate.of(2020, 5, 4)));
        assertAudited("TIMELINE_ENTRY_ADDED", second);
    }

    @Test
    void wrongInputIsRefusedPerFieldAndChangesNothing() {
        var stored = add(2020, "Bestaande actie");

        assertRefused(
                () -> editing.save(draft(stored, null, null, Map.of())),
                Map.of("year", "validation.required", "texts", "validation.noLanguage"));
        assertRefused(
                () -> editing.save(draft(stored, 1899, null, Map.of(Language.NL, "Te vroeg"))),
                Map.of("year", "validation.yearRange"));
        assertRefused(
                () -> editing.save(draft(stored, 2020, LocalDate.of(2021, 1, 1), Map.of(Language.NL, "Datum"))),
                Map.of("date", "validation.dateInYear"));
        assertRefused(
                () -> editing.save(draft(
                        stored, 2020, null, Map.of(Language.DE, "x".repeat(TimelineEditing.MAX_TEXT + 1)))),
                Map.of("de.text", "validation.textTooLong"));
        assertRefused(
                () -> editing.save(new TimelineEntryDraft(
                        stored.id(), stored.version(), themeId, 2020, null, Map.of(Language.NL, "Link"), -1L)),
                Map.of("article", "validation.unknownArticle"));
        assertRefused(
                () -> editing.save(new TimelineEntryDraft(null, 0, -1, 2020, null, Map.of(Language.NL, "Weg"), null)),
                Map.of("entry", "validation.unknownTheme"));

        assertThat(editing.entries(themeId)).containsExactly(stored);
    }

    @Test
    void editingChangesTheEntryInPlaceAndAnotherYearPutsItAtTheEndOfThatYear() {
        var article = article("Dijkversterking klaar", PublicationStatus.PUBLISHED);
        var first = add(2019, "Actie A");
        add(2019, "Actie B");
        add(2021, "Actie C");

        var edited = editing.save(new TimelineEntryDraft(
                first.id(),
                first.version(),
                themeId,
                2019,
                LocalDate.of(2019, 10, 18),
                Map.of(Language.NL, "Actie A, herschreven"),
                article));
        assertThat(edited.version()).isEqualTo(first.version() + 1);
        assertThat(edited.articleIn(Language.DE)).map(LinkableArticle::title).hasValue("Dijkversterking klaar");
        assertThat(texts(2019)).containsExactly("Actie A, herschreven", "Actie B");

        editing.save(new TimelineEntryDraft(
                first.id(), edited.version(), themeId, 2021, null, Map.of(Language.NL, "Actie A, verhuisd"), null));
        assertThat(texts(2021)).containsExactly("Actie C", "Actie A, verhuisd");
        assertThat(themes.timeline(themeId, Language.NL))
                .extracting(TimelineYear::year)
                .containsExactly(2021, 2019);
        assertAudited("TIMELINE_ENTRY_CHANGED", first);
    }

    @Test
    void entriesMoveUpAndDownWithinTheirYear() {
        var a = add(2021, "A");
        add(2021, "B");
        var c = add(2021, "C");

        editing.moveDown(a.id(), a.version());
        assertThat(texts(2021)).containsExactly("B", "A", "C");
        editing.moveUp(c.id(), c.version());
        assertThat(texts(2021)).containsExactly("B", "C", "A");
        var last = current(a);
        editing.moveDown(last.id(), last.version());
        assertThat(texts(2021)).containsExactly("B", "C", "A");
        assertAudited("TIMELINE_ENTRY_MOVED", a);
    }

    @Test
    void deletingRemovesTheEntryFromThePublicTimeline() {
        var gone = add(2018, "Verdwijnt");
        add(2018, "Blijft");

        editing.delete(gone.id(), gone.version());

        assertThat(texts(2018)).containsExactly("Blijft");
        assertAudited("TIMELINE_ENTRY_DELETED", gone);
    }

    @Test
    void aChangeFromAStaleVersionIsRefusedAndChangesNothing() {
        var loaded = add(2020, "Origineel");
        var other = add(2020, "Ander");
        var changedMeanwhile = editing.save(draft(loaded, 2020, null, Map.of(Language.NL, "Door een collega")));

        assertRefused(
                () -> editing.save(draft(loaded, 2020, null, Map.of(Language.NL, "Mijn versie"))),
                Map.of("entry", "validation.timelineStale"));
        assertRefused(
                () -> editing.moveDown(loaded.id(), loaded.version()), Map.of("entry", "validation.timelineStale"));
        assertRefused(() -> editing.delete(loaded.id(), loaded.version()), Map.of("entry", "validation.timelineStale"));
        editing.delete(other.id(), other.version());
        assertRefused(
                () -> editing.save(draft(other, 2020, null, Map.of(Language.NL, "Bestaat niet meer"))),
                Map.of("entry", "validation.timelineStale"));

        assertThat(editing.entries(themeId)).containsExactly(changedMeanwhile);
    }

    @Test
    void articlesToLinkAreFoundByTitleWithTheirLanguage() {
        var article = article("Zeesluis Terneuzen geopend", PublicationStatus.DRAFT);

        assertThat(editing.linkableArticles("zeesluis terneuzen", 0, 10))
                .containsExactly(
                        new LinkableArticle(article, Language.NL, "Zeesluis Terneuzen geopend"),
                        new LinkableArticle(article, Language.FR, "Zeesluis Terneuzen geopend (FR)"));
        assertThat(editing.linkableArticles("zeesluis terneuzen", 1, 10)).hasSize(1);
    }

    @Test
    @WithAnonymousUser
    void anonymousCallersCannotReadOrChangeTheTimeline() {
        assertThatThrownBy(() -> editing.entries(themeId)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> editing.save(TimelineEntryDraft.newEntry(themeId, 2020)))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> editing.delete(1, 0)).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    @WithMockUser(username = "someone", roles = "USER")
    void signedInUsersWithoutAnEditorRoleCannotChangeTheTimeline() {
        assertThatThrownBy(() -> editing.moveUp(1, 0)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> editing.linkableArticles("", 0, 10)).isInstanceOf(AuthorizationDeniedException.class);
    }

    private TimelineEntry add(int year, String dutch) {
        return editing.save(new TimelineEntryDraft(null, 0, themeId, year, null, Map.of(Language.NL, dutch), null));
    }

    private static TimelineEntryDraft draft(
            TimelineEntry entry, Integer year, LocalDate date, Map<Language, String> texts) {
        return new TimelineEntryDraft(entry.id(), entry.version(), entry.themeId(), year, date, texts, null);
    }

    private TimelineEntry current(TimelineEntry entry) {
        return editing.entries(themeId).stream()
                .filter(each -> each.id() == entry.id())
                .findFirst()
                .orElseThrow();
    }

    private List<String> texts(int year) {
        return themes.timeline(themeId, Language.NL).stream()
                .filter(each -> each.year() == year)
                .flatMap(each -> each.actions().stream())
                .map(TimelineAction::text)
                .toList();
    }

    /** An article with a Dutch version in the given state and a French draft. */
    private long article(String title, PublicationStatus dutchStatus) {
        var id = dsl.insertInto(ARTICLE)
                .set(ARTICLE.PUBLICATION_DATE, LocalDate.of(2099, 1, 1))
                .returning(ARTICLE.ID)
                .fetchOne(ARTICLE.ID);
        dsl.insertInto(
                        ARTICLE_TRANSLATION,
                        ARTICLE_TRANSLATION.ARTICLE_ID,
                        ARTICLE_TRANSLATION.LANG,
                        ARTICLE_TRANSLATION.TITLE,
                        ARTICLE_TRANSLATION.SLUG,
                        ARTICLE_TRANSLATION.BODY,
                        ARTICLE_TRANSLATION.STATUS)
                .values(id, Language.NL, title, "tijdlijn-test-" + id, "Tekst.", dutchStatus)
                .values(id, Language.FR, title + " (FR)", "chronologie-test-" + id, "Texte.", PublicationStatus.DRAFT)
                .execute();
        return id;
    }

    private void assertAudited(String action, TimelineEntry entry) {
        assertThat(dsl.fetchExists(
                        AUDIT_EVENT,
                        AUDIT_EVENT.ACTION.eq(action),
                        AUDIT_EVENT.TARGET.eq("timeline entry " + entry.id() + " of theme " + themeId),
                        AUDIT_EVENT.ACTOR.eq("eva")))
                .as("%s is audited", action)
                .isTrue();
    }

    private static void assertRefused(ThrowingCallable change, Map<String, String> problems) {
        assertThatThrownBy(change)
                .isInstanceOfSatisfying(
                        Rejected.class,
                        rejected -> assertThat(rejected.messageKeys()).isEqualTo(problems));
    }
}
