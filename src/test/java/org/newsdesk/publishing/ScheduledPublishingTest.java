package org.newsdesk.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.jooq.Tables.ARTICLE;
import static org.newsdesk.jooq.Tables.ARTICLE_TRANSLATION;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.base.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Scheduled versions go live exactly once, even when several instances check at the same moment. The rows are
 * committed (each publisher has its own transaction, as separate instances would) and removed afterwards.
 */
@SpringBootTest(properties = "newsdesk.publishing.check-interval=1h")
class ScheduledPublishingTest {

    private static final int DUE = 40;
    private static final int PUBLISHERS = 6;

    @Autowired
    ScheduledPublisher publisher;
    @Autowired
    EditorialRepository repository;
    @Autowired
    DSLContext dsl;

    private final List<Long> created = new ArrayList<>();

    @AfterEach
    void removeArticles() {
        dsl.deleteFrom(ARTICLE).where(ARTICLE.ID.in(created)).execute();
    }

    @Test
    void concurrentPublishersPublishEveryDueVersionExactlyOnce() throws Exception {
        var now = LocalDateTime.now();
        for (int i = 0; i < DUE; i++) {
            schedule("due-" + i, now.minusMinutes(1 + i));
        }
        var future = schedule("later", now.plusDays(1));

        var pool = Executors.newFixedThreadPool(PUBLISHERS);
        List<Future<Integer>> runs;
        try {
            runs = pool.invokeAll(Collections.nCopies(PUBLISHERS, (Callable<Integer>) publisher::publishDue));
        } finally {
            pool.shutdown();
        }
        var total = 0;
        for (var run : runs) {
            total += run.get();
        }

        assertThat(total).isEqualTo(DUE);
        assertThat(dsl.fetchCount(ARTICLE_TRANSLATION, ARTICLE_TRANSLATION.ARTICLE_ID.in(created)
                .and(ARTICLE_TRANSLATION.STATUS.eq(PublicationStatus.PUBLISHED)))).isEqualTo(DUE);
        assertThat(dsl.select(ARTICLE_TRANSLATION.STATUS).from(ARTICLE_TRANSLATION)
                .where(ARTICLE_TRANSLATION.ARTICLE_ID.eq(future)).fetchOne(ARTICLE_TRANSLATION.STATUS))
                .isEqualTo(PublicationStatus.SCHEDULED);
        assertThat(publisher.publishDue()).isZero();
    }

    private long schedule(String slug, LocalDateTime publishAt) {
        var id = repository.insertArticle(null, LocalDate.of(2026, 11, 29), null, "test", LocalDateTime.now());
        created.add(id);
        repository.saveVersion(id, Language.EN, new VersionDraft("Scheduled " + slug, "scheduled-test-" + slug, "",
                "Body", PublicationStatus.SCHEDULED, publishAt), LocalDateTime.now());
        return id;
    }
}
