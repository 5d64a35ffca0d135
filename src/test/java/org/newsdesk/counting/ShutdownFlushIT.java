package org.newsdesk.counting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Objects;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.Application;
import org.newsdesk.base.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Closing the application stores the views still pending. A second application runs on this test's database,
 * which outlives it, and is closed before its scheduled flush could run.
 */
@SpringBootTest(properties = "newsdesk.counting.flush-interval=1h")
class ShutdownFlushIT {

    @Autowired
    DataSource dataSource;

    @Autowired
    DSLContext dsl;

    CountingTestArticles articles;

    @AfterEach
    void deleteTheArticles() {
        articles.deleteAll();
    }

    @Test
    void closingTheApplicationStoresPendingViews() throws Exception {
        articles = new CountingTestArticles(dsl);
        var articleId = articles.create();
        var database = dataSource.unwrap(HikariDataSource.class);

        try (var application = new SpringApplicationBuilder(Application.class)
                .run(
                        "--spring.datasource.url=" + database.getJdbcUrl(),
                        "--spring.datasource.username=" + database.getUsername(),
                        "--spring.datasource.password=" + Objects.toString(database.getPassword(), ""),
                        "--server.port=0",
                        "--newsdesk.counting.flush-interval=1h")) {
            var counter = application.getBean(PendingViews.class);
            for (int view = 0; view < 1_000; view++) {
                counter.add(new ViewedVersion(articleId, Language.NL));
            }
            assertThat(articles.storedViews(articleId)).isZero();
        }

        assertThat(articles.storedViews(articleId)).isEqualTo(1_000);
    }
}
