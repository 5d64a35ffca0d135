package org.newsdesk.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.jooq.Tables.ARTICLE;
import static org.newsdesk.jooq.Tables.ARTICLE_TRANSLATION;

import java.time.LocalDate;
import java.util.List;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsdesk.base.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Full-text search on MariaDB. InnoDB full-text indexes only see committed rows, so these articles are
 * committed and removed again after each test.
 */
@SpringBootTest
class NewsSearchTest {

    @Autowired
    ArticleService articles;
    @Autowired
    DSLContext dsl;

    private long waterArticle;
    private long bridgeArticle;

    @BeforeEach
    void publishTwoArticles() {
        waterArticle = publish("Zorbulatoren voor schoon water", "zorbulator-water",
                "De grensregio test zorbulatoren die rivierwater zuiveren.");
        bridgeArticle = publish("Een nieuwe brug over de Maas", "maasbrug-zorbulator",
                "Bij de bouw helpt één zorbulator de ingenieurs.");
    }

    @AfterEach
    void removeThem() {
        dsl.deleteFrom(ARTICLE).where(ARTICLE.ID.in(waterArticle, bridgeArticle)).execute();
    }

    @Test
    void findsWordsAndTheirLongerFormsInTitleAndBody() {
        assertThat(search("zorbulator")).containsExactlyInAnyOrder(waterArticle, bridgeArticle);
        assertThat(search("rivierwater")).containsExactly(waterArticle);
    }

    @Test
    void requiresEveryWord() {
        assertThat(search("zorbulator ingenieurs")).containsExactly(bridgeArticle);
    }

    @Test
    void searchesOnlyTheVisitorsLanguage() {
        assertThat(articles.news(Language.FR, new NewsQuery("zorbulator", null, null), null, 50).cards()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"", "%", "_", "+", "-", "*", "'", "\\", "zorbulator\" OR 1=1 --", "+-*%_()<>~@\"",
            "Москва", "東京都庁の公式サイト", "a", "the and", "%zorbulator%"})
    void answersAnyInputWithoutError(String input) {
        var page = articles.news(Language.NL, new NewsQuery(input, null, null), null, 50);

        assertThat(page.cards()).allSatisfy(card -> assertThat(card.language()).isEqualTo(Language.NL));
    }

    @Test
    void answersAVeryLongInput() {
        var page = articles.news(Language.NL, new NewsQuery("zorbulator ".repeat(5_000), null, null), null, 50);

        assertThat(page.cards()).extracting(ArticleCard::articleId).contains(waterArticle, bridgeArticle);
    }

    private List<Long> search(String text) {
        return articles.news(Language.NL, new NewsQuery(text, null, null), null, 50).cards().stream()
                .map(ArticleCard::articleId).toList();
    }

    private long publish(String title, String slug, String body) {
        var id = dsl.insertInto(ARTICLE, ARTICLE.PUBLICATION_DATE).values(LocalDate.of(2024, 5, 1))
                .returning(ARTICLE.ID).fetchOne(ARTICLE.ID);
        dsl.insertInto(ARTICLE_TRANSLATION, ARTICLE_TRANSLATION.ARTICLE_ID, ARTICLE_TRANSLATION.LANG,
                        ARTICLE_TRANSLATION.TITLE, ARTICLE_TRANSLATION.SLUG, ARTICLE_TRANSLATION.BODY,
                        ARTICLE_TRANSLATION.STATUS)
                .values(id, "nl", title, slug, body, "PUBLISHED").execute();
        return id;
    }
}
