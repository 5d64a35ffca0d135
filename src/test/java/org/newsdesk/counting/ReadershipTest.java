package org.newsdesk.counting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.newsdesk.jooq.Tables.ARTICLE_DAILY_VIEW_COUNT;
import static org.newsdesk.jooq.Tables.ARTICLE_TRANSLATION;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.base.Language;
import org.newsdesk.base.PublicationStatus;
import org.newsdesk.base.SiteTime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Views per day: the flush stores them on the site's today, and the start page reads the most read of a window and
 * the views per day. The test's articles get more views than any other test's, so that they lead every window.
 */
@SpringBootTest(properties = "newsdesk.counting.flush-interval=1h")
@WithMockUser(username = "rita-readership-test", roles = "EDITOR")
class ReadershipTest {

    private static final long LOTS = 1_000_000_000_000L;

    @Autowired
    Readership readership;

    @Autowired
    PendingViews pending;

    @Autowired
    ViewCountFlusher flusher;

    @Autowired
    DSLContext dsl;

    @Autowired
    SiteTime siteTime;

    @Autowired
    Clock clock;

    CountingTestArticles articles;
    LocalDate today;

    @BeforeEach
    void createArticles() {
        articles = new CountingTestArticles(dsl);
        today = siteTime.date(Instant.now(clock));
    }

    @AfterEach
    void deleteTheArticles() {
        articles.deleteAll();
    }

    @Test
    void aFlushStoresTheViewsOfTheDayPerLanguage() {
        var articleId = articles.create();
        pending.add(new ViewedVersion(articleId, Language.FR));
        pending.add(new ViewedVersion(articleId, Language.FR));
        pending.add(new ViewedVersion(articleId, Language.NL));
        flusher.flush();
        pending.add(new ViewedVersion(articleId, Language.FR));
        flusher.flush();

        assertThat(storedOn(articleId, Language.FR, today)).isEqualTo(3);
        assertThat(storedOn(articleId, Language.NL, today)).isEqualTo(1);
        assertThat(articles.storedViews(articleId)).as("the totals as before").isEqualTo(4);
    }

    @Test
    void theMostReadOfAWindowCountOnlyItsDaysInTheTitlesLanguageAsked() {
        var lastWeek = articles.create();
        var lastMonth = articles.create();
        title(lastWeek, Language.NL, "Veel gelezen deze week");
        title(lastWeek, Language.FR, "Très lu cette semaine");
        title(lastMonth, Language.DE, "Viel gelesen diesen Monat");
        views(lastWeek, Language.NL, today, 2 * LOTS);
        views(lastWeek, Language.FR, today.minusDays(6), LOTS);
        views(lastMonth, Language.DE, today.minusDays(20), 5 * LOTS);
        views(lastMonth, Language.DE, today.minusDays(40), 50 * LOTS);

        var week = readership.mostRead(7, Language.FR, 2);
        var month = readership.mostRead(30, Language.FR, 2);

        assertThat(week.getFirst()).isEqualTo(new MostRead(lastWeek, "Très lu cette semaine", 3 * LOTS));
        assertThat(week).extracting(MostRead::articleId).doesNotContain(lastMonth);
        assertThat(month)
                .as("the 40-day-old views are outside the window; a title in the language asked, else the first")
                .containsExactly(
                        new MostRead(lastMonth, "Viel gelesen diesen Monat", 5 * LOTS),
                        new MostRead(lastWeek, "Très lu cette semaine", 3 * LOTS));
    }

    @Test
    void theViewsPerDayAddUpEveryArticleOfTheDayAndLanguage() {
        var one = articles.create();
        var other = articles.create();
        views(one, Language.EN, today.minusDays(3), LOTS);
        views(other, Language.EN, today.minusDays(3), LOTS);
        views(other, Language.EN, today.minusDays(31), LOTS);

        var daily = readership.daily(30);

        assertThat(daily)
                .filteredOn(each -> each.day().equals(today.minusDays(3)) && each.language() == Language.EN)
                .singleElement()
                .satisfies(each -> assertThat(each.views()).isGreaterThanOrEqualTo(2 * LOTS));
        assertThat(daily).allSatisfy(each -> assertThat(each.day()).isAfter(today.minusDays(30)));
        assertThat(daily).isSortedAccordingTo((a, b) -> a.day().compareTo(b.day()));
    }

    @Test
    @WithAnonymousUser
    void visitorsReadNoneOfIt() {
        assertThatThrownBy(() -> readership.mostRead(7, Language.NL, 5)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> readership.daily(30)).isInstanceOf(AccessDeniedException.class);
    }

    private void title(long articleId, Language language, String title) {
        dsl.insertInto(ARTICLE_TRANSLATION)
                .set(ARTICLE_TRANSLATION.ARTICLE_ID, articleId)
                .set(ARTICLE_TRANSLATION.LANG, language)
                .set(ARTICLE_TRANSLATION.TITLE, title)
                .set(ARTICLE_TRANSLATION.SLUG, "readership-" + articleId + "-" + language.code())
                .set(ARTICLE_TRANSLATION.TEASER, "")
                .set(ARTICLE_TRANSLATION.BODY, "")
                .set(ARTICLE_TRANSLATION.STATUS, PublicationStatus.DRAFT)
                .execute();
    }

    private void views(long articleId, Language language, LocalDate day, long views) {
        dsl.insertInto(ARTICLE_DAILY_VIEW_COUNT)
                .set(ARTICLE_DAILY_VIEW_COUNT.ARTICLE_ID, articleId)
                .set(ARTICLE_DAILY_VIEW_COUNT.LANG, language)
                .set(ARTICLE_DAILY_VIEW_COUNT.DAY, day)
                .set(ARTICLE_DAILY_VIEW_COUNT.VIEWS, views)
                .execute();
    }

    private long storedOn(long articleId, Language language, LocalDate day) {
        return dsl.select(ARTICLE_DAILY_VIEW_COUNT.VIEWS)
                .from(ARTICLE_DAILY_VIEW_COUNT)
                .where(ARTICLE_DAILY_VIEW_COUNT.ARTICLE_ID.eq(articleId))
                .and(ARTICLE_DAILY_VIEW_COUNT.LANG.eq(language))
                .and(ARTICLE_DAILY_VIEW_COUNT.DAY.eq(day))
                .fetchOptional(ARTICLE_DAILY_VIEW_COUNT.VIEWS)
                .orElse(0L);
    }
}
