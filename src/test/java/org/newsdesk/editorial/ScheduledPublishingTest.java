package org.newsdesk.editorial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.jooq.Tables.ARTICLE;
import static org.newsdesk.jooq.Tables.ARTICLE_TRANSLATION;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsdesk.audit.AuditLog;
import org.newsdesk.base.Language;
import org.newsdesk.base.PublicationStatus;
import org.newsdesk.base.SiteTime;
import org.newsdesk.publiccontent.ContentChanges;
import org.newsdesk.search.SearchIndexer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

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

    @Autowired
    SiteTime siteTime;

    @Autowired
    AuditLog audit;

    @Autowired
    SearchIndexer searchIndex;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ContentChanges contentChanges;

    private final List<Long> created = new ArrayList<>();

    @AfterEach
    void removeArticles() {
        dsl.deleteFrom(ARTICLE).where(ARTICLE.ID.in(created)).execute();
    }

    @Test
    void concurrentPublishersPublishEveryDueVersionExactlyOnce() throws Exception {
        var now = Instant.now();
        for (int i = 0; i < DUE; i++) {
            schedule("due-" + i, now.minus(Duration.ofMinutes(1 + i)));
        }
        var future = schedule("later", now.plus(Duration.ofDays(1)));

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
        assertThat(dsl.fetchCount(
                        ARTICLE_TRANSLATION,
                        ARTICLE_TRANSLATION
                                .ARTICLE_ID
                                .in(created)
                                .and(ARTICLE_TRANSLATION.STATUS.eq(PublicationStatus.PUBLISHED))))
                .isEqualTo(DUE);
        assertThat(dsl.select(ARTICLE_TRANSLATION.STATUS)
                        .from(ARTICLE_TRANSLATION)
                        .where(ARTICLE_TRANSLATION.ARTICLE_ID.eq(future))
                        .fetchOne(ARTICLE_TRANSLATION.STATUS))
                .isEqualTo(PublicationStatus.SCHEDULED);
        assertThat(publisher.publishDue()).isZero();
    }

    /**
     * An editor in Brussels schedules a version for nine in the morning of a winter day (CET, UTC+1): it is stored
     * and goes live at 08:00 UTC, whatever zone the server's JVM runs in.
     */
    @ParameterizedTest
    @ValueSource(strings = {"UTC", "Asia/Tokyo", "Europe/Brussels"})
    void aVersionScheduledForNineInBrusselsGoesLiveAtEightUtcInWinterWhateverTheServersZone(String serverZone) {
        var jvmZone = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone(serverZone));
        try {
            var nineInBrussels = siteTime.instant(LocalDateTime.of(2027, 1, 15, 9, 0));
            var id = schedule(
                    "nine-in-brussels-" + serverZone.replace('/', '-').toLowerCase(Locale.ROOT), nineInBrussels);

            assertThat(nineInBrussels).isEqualTo(Instant.parse("2027-01-15T08:00:00Z"));
            assertThat(dsl.fetchValue(
                            "SELECT CAST(publish_at AS CHAR) FROM article_translation WHERE article_id = ?", id))
                    .isEqualTo("2027-01-15 08:00:00.000");
            assertThat(publishDueAt("2027-01-15T07:59:59Z")).isZero();
            assertThat(statusOf(id)).isEqualTo(PublicationStatus.SCHEDULED);
            assertThat(publishDueAt("2027-01-15T08:00:00Z")).isPositive();
            assertThat(statusOf(id)).isEqualTo(PublicationStatus.PUBLISHED);
        } finally {
            TimeZone.setDefault(jvmZone);
        }
    }

    /** What a publisher whose clock shows this moment publishes, in a transaction as the scheduled one has. */
    private int publishDueAt(String moment) {
        var publisher = new ScheduledPublisher(
                repository, Clock.fixed(Instant.parse(moment), ZoneOffset.UTC), audit, searchIndex, contentChanges);
        return transactions.execute(status -> publisher.publishDue());
    }

    private PublicationStatus statusOf(long articleId) {
        return dsl.select(ARTICLE_TRANSLATION.STATUS)
                .from(ARTICLE_TRANSLATION)
                .where(ARTICLE_TRANSLATION.ARTICLE_ID.eq(articleId))
                .fetchOne(ARTICLE_TRANSLATION.STATUS);
    }

    private long schedule(String slug, Instant publishAt) {
        var id = repository.insertArticle(null, LocalDate.of(2026, 11, 29), null, "test", Instant.now());
        created.add(id);
        repository.saveVersion(
                id,
                Language.EN,
                new VersionDraft(
                        "Scheduled " + slug,
                        "scheduled-test-" + slug,
                        "",
                        "Body",
                        PublicationStatus.SCHEDULED,
                        publishAt),
                "test",
                Instant.now());
        return id;
    }
}
