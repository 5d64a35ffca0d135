package org.newsdesk.translation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.jooq.Tables.THEME;
import static org.newsdesk.jooq.Tables.THEME_TRANSLATION;
import static org.newsdesk.jooq.Tables.TIMELINE_ENTRY;
import static org.newsdesk.jooq.Tables.TIMELINE_ENTRY_TEXT;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.newsdesk.base.Language;
import org.newsdesk.base.Problem;
import org.newsdesk.base.text.Slugs;
import org.newsdesk.editorial.ArticleDraft;
import org.newsdesk.editorial.EditorialService;
import org.newsdesk.editorial.VersionDraft;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/** The warnings an editor reads before a language version goes live, against a real MariaDB; rolled back. */
@SpringBootTest
@Transactional
@WithMockUser(username = "eva", roles = "EDITOR")
class ConsistencyChecksTest {

    @Autowired
    ConsistencyChecks checks;

    @Autowired
    EditorialService editorial;

    @Autowired
    DSLContext dsl;

    @Test
    void fourLanguagesThatAgreeOnTheirFiguresGiveNoWarning() {
        var article = article(Map.of(
                Language.NL, version("Brug open", "Op 15 maart 2021 kostte de brug €1.250.000."),
                Language.FR, version("Pont ouvert", "Le 15 mars 2021, le pont a coûté 1 250 000 €."),
                Language.EN, version("Bridge open", "On 15 March 2021 the bridge cost €1,250,000."),
                Language.DE, version("Brücke offen", "Am 15. März 2021 kostete die Brücke 1.250.000 €.")));

        for (var language : Language.values()) {
            assertThat(checks.beforeGoingLive(article, language))
                    .as(language.code())
                    .isEmpty();
        }
    }

    @Test
    void aFigureCorrectedInOneLanguageIsNamedInTheOthers() {
        var article = article(Map.of(
                Language.NL, version("Brug open", "De brug kostte 14 miljoen euro in 2021."),
                Language.FR, version("Pont ouvert", "Le pont a coûté 12 millions d'euros en 2021.")));

        assertThat(checks.beforeGoingLive(article, Language.FR))
                .containsExactly(Problem.of("consistency.numbers", Language.NL, "14", "12"));
    }

    @Test
    void linksThatDifferAreNamed() {
        var article = article(Map.of(
                Language.NL, version("Verslag", "Lees [het verslag](https://example.org/verslag.pdf)."),
                Language.DE, version("Bericht", "Lesen Sie den Bericht.")));

        assertThat(checks.beforeGoingLive(article, Language.DE))
                .containsExactly(Problem.of("consistency.links", Language.NL, "https://example.org/verslag.pdf", "–"));
    }

    @Test
    void anAddressMadeFromAnEarlierTitleIsNamedWithTheOneTheTitleWouldGive() {
        var versions = new EnumMap<Language, VersionDraft>(Language.class);
        versions.put(
                Language.NL,
                new VersionDraft(
                        "Nieuwe sluis in Terneuzen geopend", "oude-titel-van-vorige-week", "", "", null, null));

        assertThat(checks.beforeGoingLive(article(versions), Language.NL))
                .containsExactly(Problem.of(
                        "consistency.slug", "oude-titel-van-vorige-week", "nieuwe-sluis-in-terneuzen-geopend"));
        versions.put(
                Language.NL,
                new VersionDraft("Nieuwe sluis in Terneuzen geopend", "nieuwe-sluis-terneuzen", "", "", null, null));
        assertThat(checks.beforeGoingLive(article(versions), Language.NL))
                .as("a shortened address is fine")
                .isEmpty();
    }

    @Test
    void aTimelineEntryThatLinksHereWithoutTextInTheLanguageIsNamed() {
        var saved = editorial.save(article(Map.of(
                Language.NL, version("Actiedag", "Tekst."), Language.FR, version("Journée d'action", "Texte."))));
        var theme = dsl.insertInto(THEME).defaultValues().returning(THEME.ID).fetchOne(THEME.ID);
        dsl.insertInto(
                        THEME_TRANSLATION,
                        THEME_TRANSLATION.THEME_ID,
                        THEME_TRANSLATION.LANG,
                        THEME_TRANSLATION.NAME,
                        THEME_TRANSLATION.SLUG)
                .values(theme, Language.FR, "Mobilité", "mobilite-consistency-test")
                .execute();
        var entry = dsl.insertInto(
                        TIMELINE_ENTRY, TIMELINE_ENTRY.THEME_ID, TIMELINE_ENTRY.YEAR, TIMELINE_ENTRY.ARTICLE_ID)
                .values(theme, (short) 2021, saved.articleId())
                .returning(TIMELINE_ENTRY.ID)
                .fetchOne(TIMELINE_ENTRY.ID);
        dsl.insertInto(
                        TIMELINE_ENTRY_TEXT,
                        TIMELINE_ENTRY_TEXT.ENTRY_ID,
                        TIMELINE_ENTRY_TEXT.LANG,
                        TIMELINE_ENTRY_TEXT.TEXT)
                .values(entry, Language.NL, "Een actiedag.")
                .execute();

        assertThat(checks.beforeGoingLive(saved, Language.FR))
                .containsExactly(Problem.of("consistency.timeline", "2021", "Mobilité"));
        assertThat(checks.beforeGoingLive(saved, Language.NL)).isEmpty();
    }

    private static ArticleDraft article(Map<Language, VersionDraft> versions) {
        return new ArticleDraft(null, 0, null, LocalDate.of(2026, 11, 30), versions, null, null);
    }

    /** With the address its title gives, as the editor makes it. */
    private static VersionDraft version(String title, String body) {
        return new VersionDraft(title, Slugs.fromTitle(title) + "-cc", "", body, null, null);
    }
}
