package org.newsdesk.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.jooq.Tables.ARTICLE;
import static org.newsdesk.jooq.Tables.ARTICLE_TRANSLATION;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsdesk.article.ArticleCard;
import org.newsdesk.article.ArticleService;
import org.newsdesk.article.NewsQuery;
import org.newsdesk.base.Language;
import org.newsdesk.base.PublicationStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

/**
 * Searches that understand the language, on MariaDB: other forms of a word by its stem in the language searched,
 * phrases in quotes, stop words. Articles are written with SQL and indexed by the catch-up; rolled back after each.
 */
@SpringBootTest
@Transactional
class StemmedSearchTest {

    /** Far from the demo content's dates, so that these articles come first and their order is known. */
    private static final LocalDate NEWEST = LocalDate.of(2991, 6, 30);

    @Autowired
    ArticleService articles;

    @Autowired
    SearchIndexer indexer;

    @Autowired
    DSLContext dsl;

    /** The articles of the test, newest first: the demo content may hold the same words. */
    private final List<Long> published = new ArrayList<>();

    @ParameterizedTest
    @CsvSource({
        "NL, samenwerken, De samenwerking over de grens gaat door",
        "NL, samenwerking, Gemeenten willen vaker samenwerken",
        "FR, politique, Les politiques régionales changent",
        "DE, Grenze, Offene Grenzen für Pendler",
        "EN, cooperate, Cross-border cooperation grows",
        "EN, policies, A policy for commuters"
    })
    void findsAnotherFormOfTheWordInTheLanguageSearched(Language language, String searched, String teaser) {
        var article = publish(language, "Bericht", teaser, "Meer volgt.");
        var unrelated = publish(language, "Bericht", "Iets anders.", "Meer volgt.");
        indexer.catchUp();

        assertThat(search(language, searched)).containsExactly(article).doesNotContain(unrelated);
    }

    @Test
    void stemsWithTheRulesOfTheArticlesLanguageOnly() {
        var german = publish(Language.DE, "Grenzen", "Offene Grenzen.", "");
        var dutch = publish(Language.NL, "Grenzen", "Open grenzen.", "");
        indexer.catchUp();

        assertThat(search(Language.DE, "Grenze")).containsExactly(german);
        assertThat(search(Language.NL, "grenzen")).containsExactly(dutch);
        assertThat(search(Language.FR, "grenzen")).isEmpty();
    }

    @Test
    void keepsFindingWithoutAccentsAndByTheBeginningOfAWord() {
        var article = publish(Language.FR, "Réseaux", "Les réseaux ferroviaires européens.", "");
        indexer.catchUp();

        assertThat(search(Language.FR, "reseau")).containsExactly(article);
        assertThat(search(Language.FR, "ferrov")).containsExactly(article);
        assertThat(search(Language.FR, "EUROPÉENNE")).containsExactly(article);
    }

    @ParameterizedTest
    @ValueSource(strings = {"de het een", "\"de het\"", "van de", "en"})
    void aSearchOfOnlyStopWordsFindsNothingRatherThanEverything(String text) {
        publish(Language.NL, "De samenwerking van het jaar", "Een teaser met de en het.", "");
        indexer.catchUp();

        var page = articles.news(Language.NL, new NewsQuery(text, null, null), null, 50);

        assertThat(page.cards()).isEmpty();
        assertThat(page.next()).isEmpty();
        assertThat(page.searchedBackTo()).isEmpty();
    }

    @Test
    void stopWordsNextToOtherWordsDoNotNarrowTheSearch() {
        var article = publish(Language.NL, "Samenwerking", "Over grenzen heen.", "");
        indexer.catchUp();

        assertThat(search(Language.NL, "de samenwerken van het")).containsExactly(article);
    }

    @Test
    void aPhraseInQuotesFindsOnlyItsWordsSideBySide() {
        var adjacent = publish(Language.NL, "Grensregio", "Grenzen overschrijdende samenwerking.", "");
        var apart = publish(Language.NL, "Grensregio", "Overschrijdend verkeer aan de grenzen.", "");
        var inBody = publish(Language.NL, "Grensregio", "Een teaser.", "Het gaat om *grenzen* overschrijdend werk.");
        var acrossTitleAndTeaser = publish(Language.NL, "Wij kennen geen grenzen", "Overschrijdend verkeer.", "");
        indexer.catchUp();

        assertThat(search(Language.NL, "grenzen overschrijdend"))
                .containsExactlyInAnyOrder(adjacent, apart, inBody, acrossTitleAndTeaser);
        assertThat(search(Language.NL, "\"grenzen overschrijdend\"")).containsExactly(adjacent, inBody);
        assertThat(search(Language.NL, "\"overschrijdend grenzen\"")).isEmpty();
    }

    @Test
    void aPhraseKeepsItsStopWordsAndCombinesWithOtherWords() {
        var against = publish(Language.NL, "Mensenhandel", "De strijd tegen mensenhandel in de haven.", "");
        var about = publish(Language.NL, "Mensenhandel", "De strijd om mensenhandel in de haven.", "");
        indexer.catchUp();

        assertThat(search(Language.NL, "\"strijd tegen mensenhandel\"")).containsExactly(against);
        assertThat(search(Language.NL, "haven \"strijd om mensenhandel\"")).containsExactly(about);
        assertThat(search(Language.NL, "fraude \"strijd om mensenhandel\"")).isEmpty();
    }

    /**
     * Many articles hold both words of a phrase, never side by side: a page reads a bounded number of them, says
     * how far back it looked, and "more" searches on until the older article that has the phrase.
     */
    @Test
    void aPhraseWhoseWordsSeldomStandTogetherIsFoundByPagingOn() {
        // More than one search reads: a page of 12 asks for 13 matches, to know whether more follow.
        for (int i = 0; i < 13 * NewsSearch.PHRASE_CANDIDATES_PER_MATCH + 5; i++) {
            publish(Language.NL, "Grens " + i, "Overschrijdend verkeer aan de grenzen.", "");
        }
        var adjacent = publish(Language.NL, "Grensregio", "Grenzen overschrijdend.", "");
        indexer.catchUp();
        var query = new NewsQuery("\"grenzen overschrijdend\"", null, null);

        var first = articles.news(Language.NL, query, null, 12);
        assertThat(first.cards()).isEmpty();
        assertThat(first.searchedBackTo()).isPresent();

        var page = first;
        var pages = 1;
        while (page.cards().isEmpty() && page.next().isPresent()) {
            page = articles.news(Language.NL, query, page.next().get(), 12);
            pages++;
        }
        assertThat(ours(page.cards())).containsExactly(adjacent);
        assertThat(pages).isEqualTo(2);
    }

    private List<Long> search(Language language, String text) {
        return ours(articles.news(language, new NewsQuery(text, null, null), null, 50)
                .cards());
    }

    private List<Long> ours(List<ArticleCard> cards) {
        return cards.stream()
                .map(ArticleCard::articleId)
                .filter(published::contains)
                .toList();
    }

    /** Each article a day older than the one before. */
    private long publish(Language language, String title, String teaser, String body) {
        var id = dsl.insertInto(ARTICLE, ARTICLE.PUBLICATION_DATE)
                .values(NEWEST.minusDays(published.size()))
                .returning(ARTICLE.ID)
                .fetchOne(ARTICLE.ID);
        dsl.insertInto(
                        ARTICLE_TRANSLATION,
                        ARTICLE_TRANSLATION.ARTICLE_ID,
                        ARTICLE_TRANSLATION.LANG,
                        ARTICLE_TRANSLATION.TITLE,
                        ARTICLE_TRANSLATION.SLUG,
                        ARTICLE_TRANSLATION.TEASER,
                        ARTICLE_TRANSLATION.BODY,
                        ARTICLE_TRANSLATION.STATUS)
                .values(id, language, title, "stemmed-" + id, teaser, body, PublicationStatus.PUBLISHED)
                .execute();
        published.add(id);
        return id;
    }
}
