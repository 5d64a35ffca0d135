package org.newsdesk.theme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.newsdesk.jooq.Tables.ARTICLE;
import static org.newsdesk.jooq.Tables.ARTICLE_TRANSLATION;
import static org.newsdesk.jooq.Tables.THEME;
import static org.newsdesk.jooq.Tables.THEME_TRANSLATION;
import static org.newsdesk.jooq.Tables.TIMELINE_ENTRY;
import static org.newsdesk.jooq.Tables.TIMELINE_ENTRY_TEXT;

import java.time.LocalDate;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.base.Language;
import org.newsdesk.base.PublicationStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

/** Themes and yearly action timelines read from a real MariaDB; each test's rows are rolled back. */
@SpringBootTest
@Transactional
class ThemeServiceTest {

    @Autowired
    ThemeService themes;

    @Autowired
    DSLContext dsl;

    long themeId;

    @BeforeEach
    void storeAThemeWithATimeline() {
        themeId = dsl.insertInto(THEME).defaultValues().returning(THEME.ID).fetchOne(THEME.ID);
        dsl.insertInto(
                        THEME_TRANSLATION,
                        THEME_TRANSLATION.THEME_ID,
                        THEME_TRANSLATION.LANG,
                        THEME_TRANSLATION.NAME,
                        THEME_TRANSLATION.SLUG)
                .values(themeId, Language.NL, "Waterbeheer", "waterbeheer-test")
                .values(themeId, Language.DE, "Wasserwirtschaft", "wasserwirtschaft-test")
                .execute();
        entry(2019, 1, null, "Tweede actie van 2019", "Zweite Aktion 2019");
        entry(2021, 0, LocalDate.of(2021, 3, 22), "Actie van 2021", "Aktion 2021");
        entry(2019, 0, null, "Eerste actie van 2019", null);
    }

    @Test
    void timelineListsYearsNewestFirstAndActionsInEditorialOrder() {
        var timeline = themes.timeline(themeId, Language.NL);

        assertThat(timeline).extracting(TimelineYear::year).containsExactly(2021, 2019);
        assertThat(timeline.get(0).actions())
                .extracting(TimelineAction::date)
                .containsExactly(LocalDate.of(2021, 3, 22));
        assertThat(timeline.get(1).actions())
                .extracting(TimelineAction::text)
                .containsExactly("Eerste actie van 2019", "Tweede actie van 2019");
    }

    @Test
    void anActionMissingInTheLanguageIsShownInTheFirstLanguageItHasAndSaysWhich() {
        assertThat(themes.timeline(themeId, Language.DE))
                .flatExtracting(TimelineYear::actions)
                .extracting(TimelineAction::text, TimelineAction::textLanguage)
                .containsExactly(
                        tuple("Aktion 2021", Language.DE),
                        tuple("Eerste actie van 2019", Language.NL),
                        tuple("Zweite Aktion 2019", Language.DE));
        assertThat(themes.timeline(themeId, Language.FR))
                .flatExtracting(TimelineYear::actions)
                .extracting(TimelineAction::textLanguage)
                .containsOnly(Language.NL);
    }

    @Test
    void anActionLinksToItsArticleOnlyInTheLanguagesWhereThatArticleIsPublished() {
        var articleId = dsl.insertInto(ARTICLE)
                .set(ARTICLE.PUBLICATION_DATE, LocalDate.of(2021, 3, 22))
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
                .values(
                        articleId,
                        Language.NL,
                        "Nieuwe stuw",
                        "nieuwe-stuw-test",
                        "Tekst.",
                        PublicationStatus.PUBLISHED)
                .values(articleId, Language.DE, "Neues Wehr", "neues-wehr-test", "Text.", PublicationStatus.DRAFT)
                .execute();
        dsl.update(TIMELINE_ENTRY)
                .set(TIMELINE_ENTRY.ARTICLE_ID, articleId)
                .where(TIMELINE_ENTRY.THEME_ID.eq(themeId), TIMELINE_ENTRY.YEAR.eq((short) 2021))
                .execute();

        assertThat(themes.timeline(themeId, Language.NL).getFirst().actions())
                .extracting(TimelineAction::articleSlug)
                .containsExactly("nieuwe-stuw-test");
        assertThat(themes.timeline(themeId, Language.DE).getFirst().actions())
                .extracting(TimelineAction::articleSlug)
                .containsExactly((String) null);
    }

    @Test
    void themeIsFoundByItsExactSlugInItsLanguageOnly() {
        assertThat(themes.bySlug(Language.NL, "waterbeheer-test"))
                .map(Theme::name)
                .hasValue("Waterbeheer");
        assertThat(themes.bySlug(Language.NL, "WATERBEHEER-test")).isEmpty();
        assertThat(themes.bySlug(Language.DE, "waterbeheer-test")).isEmpty();
        assertThat(themes.slugs(themeId)).containsOnlyKeys(Language.NL, Language.DE);
    }

    private void entry(int year, int position, LocalDate date, String dutch, String german) {
        var id = dsl.insertInto(
                        TIMELINE_ENTRY,
                        TIMELINE_ENTRY.THEME_ID,
                        TIMELINE_ENTRY.YEAR,
                        TIMELINE_ENTRY.POSITION,
                        TIMELINE_ENTRY.ENTRY_DATE)
                .values(themeId, (short) year, position, date)
                .returning(TIMELINE_ENTRY.ID)
                .fetchOne(TIMELINE_ENTRY.ID);
        dsl.insertInto(
                        TIMELINE_ENTRY_TEXT,
                        TIMELINE_ENTRY_TEXT.ENTRY_ID,
                        TIMELINE_ENTRY_TEXT.LANG,
                        TIMELINE_ENTRY_TEXT.TEXT)
                .values(id, Language.NL, dutch)
                .execute();
        if (german != null) {
            dsl.insertInto(
                            TIMELINE_ENTRY_TEXT,
                            TIMELINE_ENTRY_TEXT.ENTRY_ID,
                            TIMELINE_ENTRY_TEXT.LANG,
                            TIMELINE_ENTRY_TEXT.TEXT)
                    .values(id, Language.DE, german)
                    .execute();
        }
    }
}
