package org.newsdesk.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.jooq.Tables.ARTICLE;
import static org.newsdesk.jooq.Tables.ARTICLE_TRANSLATION;
import static org.newsdesk.jooq.Tables.THEME;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsdesk.article.ArticleCard;
import org.newsdesk.article.ArticleService;
import org.newsdesk.article.NewsQuery;
import org.newsdesk.article.WordsThatSeldomMeet;
import org.newsdesk.base.Language;
import org.newsdesk.base.NewsCursor;
import org.newsdesk.base.PublicationStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

/**
 * Search on MariaDB through the application's own index. The articles are written with SQL, as the demo content
 * and bulk loads are, and indexed by the indexer's catch-up; each test's rows are rolled back.
 */
@SpringBootTest
@Transactional
class NewsSearchTest {

    /** Far from the demo content's dates, so that these articles come first and their order is known. */
    private static final LocalDate NEWEST = LocalDate.of(2990, 6, 30);
    /** No cut-off for searches of only common words. */
    private static final int ALL = Integer.MAX_VALUE;

    @Autowired
    ArticleService articles;

    @Autowired
    NewsSearchRepository search;

    @Autowired
    SearchIndexer indexer;

    @Autowired
    DSLContext dsl;

    private long themeId;
    private long waterArticle;
    private long bridgeArticle;

    @BeforeEach
    void publishTwoArticles() {
        // A theme of the test's own: only its id matters to search.
        themeId = dsl.insertInto(THEME)
                .defaultValues()
                .returning(THEME.ID)
                .fetchSingle()
                .getId();
        waterArticle = publish(
                "Zorbulatoren voor schoon water",
                "zorbulator-water",
                "De grensregio test zorbulatoren die rivierwater zuiveren.",
                NEWEST,
                null);
        bridgeArticle = publish(
                "Een nieuwe brug over de Maas",
                "maasbrug-zorbulator",
                "Bij de bouw helpt één zorbulator de [ingenieurs](https://example.org/geheimadres).",
                NEWEST.minusDays(1),
                themeId);
        indexer.catchUp();
    }

    @Test
    void findsWordsAndTheirLongerFormsInTitleAndBody() {
        assertThat(search("zorbulator")).containsExactly(waterArticle, bridgeArticle);
        assertThat(search("rivierwater")).containsExactly(waterArticle);
    }

    @Test
    void requiresEveryWord() {
        assertThat(search("zorbulator ingenieurs")).containsExactly(bridgeArticle);
        assertThat(search("zorbulator rivierwater ingenieurs")).isEmpty();
    }

    @Test
    void ignoresCaseAndAccents() {
        assertThat(search("ZORBULATOR MAAS")).containsExactly(bridgeArticle);
        assertThat(search("zörbulätor máás")).containsExactly(bridgeArticle);
    }

    @Test
    void searchesTheTextAReaderSeesNotTheAddressesOfLinks() {
        assertThat(search("ingenieurs")).containsExactly(bridgeArticle);
        assertThat(search("geheimadres")).isEmpty();
    }

    @Test
    void searchesOnlyTheVisitorsLanguage() {
        assertThat(articles.news(Language.FR, new NewsQuery("zorbulator", null, null), null, 50)
                        .cards())
                .isEmpty();
    }

    @Test
    void combinesWithThemeAndYear() {
        assertThat(search(new NewsQuery("zorbulator", themeId, null))).containsExactly(bridgeArticle);
        assertThat(search(new NewsQuery("zorbulator", null, NEWEST.getYear())))
                .containsExactly(waterArticle, bridgeArticle);
        assertThat(search(new NewsQuery("zorbulator", themeId, NEWEST.getYear() - 1)))
                .isEmpty();
    }

    @Test
    void pagesThroughTheResultsNewestFirstWithoutGapsOrRepeats() {
        var expected = new ArrayList<Long>();
        for (int day = 2; day < 9; day++) {
            expected.add(publish(
                    "Zorbulator nummer " + day,
                    "zorbulator-" + day,
                    "Meer over de zorbulator.",
                    NEWEST.minusDays(day),
                    null));
        }
        indexer.catchUp();
        expected.addFirst(bridgeArticle);
        expected.addFirst(waterArticle);

        var seen = new ArrayList<Long>();
        NewsCursor cursor = null;
        do {
            var page = articles.news(Language.NL, new NewsQuery("zorbulator", null, null), cursor, 3);
            page.cards().forEach(card -> seen.add(card.articleId()));
            cursor = page.next().orElse(null);
        } while (cursor != null);

        assertThat(seen).containsExactlyElementsOf(expected);
    }

    @Test
    void aSearchOfOnlyCommonWordsTriesABoundedNumberOfTheNewestArticles() {
        var words = words("zorbulator");
        var query = new NewsQuery("zorbulator", null, null);

        assertThat(search.findMatches(Language.NL, words, scopeOf(query), null, 20, 1, 1)
                        .matches())
                .extracting(NewsCursor::articleId)
                .containsExactly(waterArticle);
        assertThat(search.findMatches(Language.NL, words, scopeOf(query), null, 20, 1, 2)
                        .matches())
                .extracting(NewsCursor::articleId)
                .containsExactly(waterArticle, bridgeArticle);
    }

    @Test
    void aSearchStoppedAtItsBoundSaysWhereAndSearchesOnFromThere() {
        var words = words("ingenieurs");
        var query = new NewsQuery("ingenieurs", null, null);

        var first = search.findMatches(Language.NL, words, scopeOf(query), null, 20, 1, 1);
        assertThat(first.matches()).isEmpty();
        assertThat(first.stoppedAfter()).contains(new NewsCursor(NEWEST, waterArticle));

        var onwards = search.findMatches(
                Language.NL, words, scopeOf(query), first.stoppedAfter().orElseThrow(), 20, 1, 1);
        assertThat(onwards.matches()).extracting(NewsCursor::articleId).containsExactly(bridgeArticle);
    }

    /**
     * Thousands of articles that each hold one of two common words and never both: the page the visitor gets
     * says how far back the search looked, and "more" searches on until the one older article with both.
     */
    @Test
    void wordsThatSeldomMeetAreFoundByPagingOnPastTheBound() {
        var newest = WordsThatSeldomMeet.insertAfter(dsl, NEWEST);
        var both = publish("Beide kanten", "beide-kanten", "Noordkant en zuidkant samen.", NEWEST.minusDays(5), null);
        indexer.catchUp();
        var query = new NewsQuery(WordsThatSeldomMeet.QUERY, null, null);

        var first = articles.news(Language.NL, query, null, 12);
        assertThat(first.cards()).isEmpty();
        assertThat(first.searchedBackTo()).contains(newest.minusDays(WordsThatSeldomMeet.SEARCH_BOUND - 1));
        assertThat(first.next()).isPresent();

        var pages = 1;
        var page = first;
        while (page.cards().isEmpty() && page.next().isPresent()) {
            page = articles.news(Language.NL, query, page.next().get(), 12);
            pages++;
        }
        assertThat(page.cards()).extracting(ArticleCard::articleId).containsExactly(both);
        // Before it: the bulk articles and the two of every test, each page trying as many as the bound allows.
        assertThat(pages).isEqualTo((WordsThatSeldomMeet.COUNT + 2) / WordsThatSeldomMeet.SEARCH_BOUND + 1);
        assertThat(page.next()).isEmpty();
        assertThat(page.searchedBackTo()).isEmpty();
    }

    /** Rare words are read from their own index range, common ones by trying the newest articles: same answers. */
    @ParameterizedTest
    @ValueSource(strings = {"zorbulator", "zorbulator ingenieurs", "een zorb", "test", "water", "nergensvoorkomend"})
    void bothWaysOfSearchingGiveTheSameAnswer(String text) {
        var words = words(text);
        for (var query : List.of(
                new NewsQuery(text, null, null),
                new NewsQuery(text, themeId, null),
                new NewsQuery(text, null, NEWEST.getYear()))) {
            var fromRarestWord = search.findMatches(
                            Language.NL, words, scopeOf(query), null, 20, Integer.MAX_VALUE, ALL)
                    .matches();
            var fromNewest = search.findMatches(Language.NL, words, scopeOf(query), null, 20, 1, ALL)
                    .matches();
            assertThat(fromNewest).as(query.toString()).containsExactlyElementsOf(fromRarestWord);
            var after = fromRarestWord.isEmpty() ? null : fromRarestWord.getFirst();
            assertThat(search.findMatches(Language.NL, words, scopeOf(query), after, 20, 1, ALL)
                            .matches())
                    .as(query + " after")
                    .containsExactlyElementsOf(
                            search.findMatches(Language.NL, words, scopeOf(query), after, 20, Integer.MAX_VALUE, ALL)
                                    .matches());
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "\"",
                "%",
                "_",
                "+",
                "-",
                "*",
                "'",
                "\\",
                "zorbulator\" OR 1=1 --",
                "+-*%_()<>~@\"",
                "Москва",
                "東京都庁の公式サイト",
                "a",
                "the and",
                "%zorbulator%",
                "zorbu%",
                "zorbu_ator"
            })
    void answersAnyInputWithoutError(String input) {
        var page = articles.news(Language.NL, new NewsQuery(input, null, null), null, 50);

        assertThat(page.cards()).allSatisfy(card -> assertThat(card.language()).isEqualTo(Language.NL));
    }

    @Test
    void wildcardsAreNotWildcards() {
        assertThat(search("zorbu_ator")).isEmpty();
        assertThat(search("%ulator")).isEmpty();
    }

    @Test
    void answersAVeryLongInput() {
        var page = articles.news(Language.NL, new NewsQuery("zorbulator ".repeat(5_000), null, null), null, 50);

        assertThat(page.cards()).extracting(ArticleCard::articleId).contains(waterArticle, bridgeArticle);
    }

    private List<Long> search(String text) {
        return search(new NewsQuery(text, null, null));
    }

    private List<Long> search(NewsQuery query) {
        return articles.news(Language.NL, query, null, 50).cards().stream()
                .map(ArticleCard::articleId)
                .toList();
    }

    private long publish(String title, String slug, String body, LocalDate date, Long theme) {
        var id = dsl.insertInto(ARTICLE, ARTICLE.PUBLICATION_DATE, ARTICLE.THEME_ID)
                .values(date, theme)
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
                .values(id, Language.NL, title, slug, body, PublicationStatus.PUBLISHED)
                .execute();
        return id;
    }

    private static List<String> words(String text) {
        return SearchQuery.of(Language.NL, text).words();
    }

    private static NewsScope scopeOf(NewsQuery query) {
        return new NewsScope(query.themeId(), query.year());
    }
}
