package org.newsdesk.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.newsdesk.jooq.Tables.ARTICLE;
import static org.newsdesk.jooq.Tables.ARTICLE_TRANSLATION;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import javax.sql.DataSource;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.article.ArticleCard;
import org.newsdesk.article.ArticleService;
import org.newsdesk.article.NewsQuery;
import org.newsdesk.base.Language;
import org.newsdesk.base.PublicationStatus;
import org.newsdesk.markdown.MarkdownRenderer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Start-up catch-up of versions written by SQL: a few are indexed before the site serves, a large backlog in the
 * background. Committed rows (another thread has to see them), removed after each test.
 */
@SpringBootTest(properties = "newsdesk.publishing.check-interval=1h")
class SearchIndexCatchUpTest {

    @Autowired
    SearchIndexRepository index;

    @Autowired
    MarkdownRenderer markdown;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ArticleService publicArticles;

    @Autowired
    DataSource dataSource;

    @Autowired
    DSLContext dsl;

    private long articleId;
    private SearchIndexer indexer;

    @BeforeEach
    void threeVersionsWrittenWithSql() {
        articleId = dsl.insertInto(ARTICLE, ARTICLE.PUBLICATION_DATE)
                .values(LocalDate.of(2993, 5, 1))
                .returning(ARTICLE.ID)
                .fetchOne(ARTICLE.ID);
        var insert = dsl.insertInto(
                ARTICLE_TRANSLATION,
                ARTICLE_TRANSLATION.ARTICLE_ID,
                ARTICLE_TRANSLATION.LANG,
                ARTICLE_TRANSLATION.TITLE,
                ARTICLE_TRANSLATION.SLUG,
                ARTICLE_TRANSLATION.BODY,
                ARTICLE_TRANSLATION.STATUS);
        for (var language : List.of(Language.NL, Language.FR, Language.EN)) {
            insert = insert.values(
                    articleId,
                    language,
                    "Roerdompgeluid " + language,
                    "roerdompgeluid-catch-up-" + language,
                    "Tekst",
                    PublicationStatus.PUBLISHED);
        }
        insert.execute();
    }

    @AfterEach
    void removeThem() throws InterruptedException {
        indexer.stopCatchingUp();
        dsl.deleteFrom(ARTICLE).where(ARTICLE.ID.eq(articleId)).execute();
    }

    @Test
    void aFewStaleVersionsAreIndexedBeforeStartUpGoesOn() {
        indexer = new SearchIndexer(index, new ReadableText(markdown), transactions, 1_000);

        indexer.run(null);

        assertThat(found(Language.NL)).containsExactly(articleId);
        assertThat(found(Language.EN)).containsExactly(articleId);
    }

    @Test
    void aLargerBacklogIsIndexedInTheBackgroundWithoutHoldingUpStartUp() throws Exception {
        indexer = new SearchIndexer(index, new ReadableText(markdown), transactions, 2);
        try (var otherTransaction = dataSource.getConnection()) {
            // Holds the versions locked, as an editor's save would: indexing them has to wait, start-up must not.
            otherTransaction.setAutoCommit(false);
            otherTransaction
                    .createStatement()
                    .executeQuery("SELECT id FROM article_translation WHERE article_id = " + articleId + " FOR UPDATE")
                    .close();

            assertThatCode(() -> indexer.run(null)).doesNotThrowAnyException();

            assertThat(found(Language.NL)).isEmpty();
            otherTransaction.rollback();
        }
        var deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (found(Language.FR).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(found(Language.FR)).containsExactly(articleId);
        assertThat(found(Language.NL)).containsExactly(articleId);
    }

    private List<Long> found(Language language) {
        return publicArticles.news(language, new NewsQuery("roerdompgeluid", null, null), null, 10).cards().stream()
                .map(ArticleCard::articleId)
                .toList();
    }
}
