package org.newsdesk.counting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.base.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/** View counting against a real MariaDB. The scheduled flush is pushed out of the way: the tests flush. */
@SpringBootTest(properties = "newsdesk.counting.flush-interval=1h")
class ViewCounterTest {

    private static final String FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";
    private static final String HEADLESS_CHROMIUM = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 "
            + "(KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36";

    @Autowired
    ViewCounter counter;

    @Autowired
    PendingViews pending;

    @Autowired
    ViewCountFlusher flusher;

    @Autowired
    DSLContext dsl;

    CountingTestArticles articles;
    long articleId;

    @BeforeEach
    void createAnArticle() {
        articles = new CountingTestArticles(dsl);
        articleId = articles.create();
    }

    @AfterEach
    void deleteTheArticles() {
        dsl.execute("DROP TRIGGER IF EXISTS counting_test_refuses_views");
        articles.deleteAll();
    }

    @Test
    void concurrentViewsAreStoredExactlyOnceWhileFlushesRun() throws Exception {
        int writers = 8;
        int flushesWhileWriting = 20;
        var flushes = new AtomicInteger();
        var writing = new AtomicBoolean(true);
        long recorded = 0;
        try (var threads = Executors.newFixedThreadPool(writers + 1)) {
            var written = new ArrayList<Future<Long>>();
            for (int i = 0; i < writers; i++) {
                // Views take microseconds, flushes milliseconds: write until enough flushes ran meanwhile.
                written.add(threads.submit(() -> {
                    long views = 0;
                    while (views < 10_000 || flushes.get() < flushesWhileWriting) {
                        pending.add(new ViewedVersion(articleId, Language.NL));
                        views++;
                    }
                    return views;
                }));
            }
            threads.submit(() -> {
                while (writing.get()) {
                    flusher.flush();
                    flushes.incrementAndGet();
                }
            });
            for (var views : written) {
                recorded += views.get();
            }
            writing.set(false);
        }
        flusher.flush();

        assertThat(recorded).isGreaterThanOrEqualTo(writers * 10_000L);
        assertThat(articles.storedViews(articleId)).isEqualTo(recorded);
        assertThat(counter.pending(articleId)).isZero();
    }

    @Test
    void viewsArePendingUntilFlushedThenStored() {
        pending.add(new ViewedVersion(articleId, Language.NL));
        pending.add(new ViewedVersion(articleId, Language.NL));
        pending.add(new ViewedVersion(articleId, Language.NL));

        assertThat(counter.pending(articleId)).isEqualTo(3);
        assertThat(articles.storedViews(articleId)).isZero();

        flusher.flush();
        pending.add(new ViewedVersion(articleId, Language.NL));

        assertThat(counter.pending(articleId)).isEqualTo(1);
        assertThat(articles.storedViews(articleId)).isEqualTo(3);
    }

    @Test
    void viewsAreStoredPerLanguageVersionAndForTheArticle() {
        counter.countVisitorView(articleId, Language.NL, newSession(), FIREFOX);
        counter.countVisitorView(articleId, Language.NL, newSession(), FIREFOX);
        counter.countVisitorView(articleId, Language.FR, newSession(), FIREFOX);

        assertThat(counter.pending(articleId, Language.NL)).isEqualTo(2);
        assertThat(counter.pending(articleId, Language.FR)).isEqualTo(1);
        flusher.flush();
        counter.countVisitorView(articleId, Language.FR, newSession(), FIREFOX);
        flusher.flush();

        assertThat(articles.storedViews(articleId, Language.NL)).isEqualTo(2);
        assertThat(articles.storedViews(articleId, Language.FR)).isEqualTo(2);
        assertThat(articles.storedViews(articleId, Language.DE)).isZero();
        assertThat(articles.storedViews(articleId)).isEqualTo(4);
    }

    @Test
    void aReaderWhoSwitchesLanguageCountsOnceForTheFirstLanguageRead() {
        var session = newSession();

        assertThat(counter.countVisitorView(articleId, Language.NL, session, FIREFOX))
                .isTrue();
        assertThat(counter.countVisitorView(articleId, Language.FR, session, FIREFOX))
                .isFalse();

        assertThat(counter.pending(articleId, Language.NL)).isEqualTo(1);
        assertThat(counter.pending(articleId, Language.FR)).isZero();
    }

    @Test
    void aSessionCountsEachArticleOnce() {
        var otherArticleId = articles.create();
        var session = newSession();

        assertThat(counter.countVisitorView(articleId, Language.NL, session, FIREFOX))
                .isTrue();
        assertThat(counter.countVisitorView(articleId, Language.NL, session, FIREFOX))
                .isFalse();
        assertThat(counter.countVisitorView(otherArticleId, Language.NL, session, FIREFOX))
                .isTrue();
        assertThat(counter.countVisitorView(articleId, Language.NL, newSession(), FIREFOX))
                .isTrue();

        assertThat(counter.pending(articleId)).isEqualTo(2);
        assertThat(counter.pending(otherArticleId)).isEqualTo(1);
    }

    @Test
    void crawlersAndScriptsAreNotCountedButHeadlessBrowsersAre() {
        var crawlers = new String[] {
            "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
            "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
            "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
            "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)",
            "Mozilla/5.0 (compatible; Yahoo! Slurp; http://help.yahoo.com/help/us/ysearch/slurp)",
            "Mozilla/5.0 (compatible; Baiduspider/2.0; +http://www.baidu.com/search/spider.html)",
            "WhatsApp/2.23.20.0",
            "curl/8.5.0",
            "",
            null
        };

        for (var userAgent : crawlers) {
            assertThat(counter.countVisitorView(articleId, Language.NL, newSession(), userAgent))
                    .as(userAgent)
                    .isFalse();
        }
        assertThat(counter.pending(articleId)).isZero();

        assertThat(counter.countVisitorView(articleId, Language.NL, newSession(), HEADLESS_CHROMIUM))
                .isTrue();
        assertThat(counter.countVisitorView(
                        articleId,
                        Language.NL,
                        newSession(),
                        "Mozilla/5.0 (Linux; Android 10; CUBOT P40) AppleWebKit/537.36 (KHTML, like Gecko) "
                                + "Chrome/120.0 Mobile Safari/537.36"))
                .isTrue();
        assertThat(counter.pending(articleId)).isEqualTo(2);
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void signedInEditorsAreNotCounted() {
        assertThat(counter.countVisitorView(articleId, Language.NL, newSession(), FIREFOX))
                .isFalse();
        assertThat(counter.pending(articleId)).isZero();
    }

    @Test
    void viewsOfADeletedArticleDoNotStopTheFlush() {
        var deletedArticleId = articles.create();
        pending.add(new ViewedVersion(articleId, Language.NL));
        pending.add(new ViewedVersion(deletedArticleId, Language.NL));
        articles.delete(deletedArticleId);

        flusher.flush();

        assertThat(articles.storedViews(articleId)).isEqualTo(1);
        assertThat(counter.pending(articleId)).isZero();
        assertThat(counter.pending(deletedArticleId)).isZero();
    }

    @Test
    void viewsTheDatabaseRefusesStayPendingUntilAFlushSucceeds() {
        dsl.execute("CREATE TRIGGER counting_test_refuses_views BEFORE INSERT ON article_view_count FOR EACH ROW "
                + "IF NEW.article_id = " + articleId + " THEN "
                + "SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'refused by the counting test'; END IF");
        pending.add(new ViewedVersion(articleId, Language.NL));
        pending.add(new ViewedVersion(articleId, Language.NL));

        flusher.flush();

        assertThat(articles.storedViews(articleId)).isZero();
        assertThat(counter.pending(articleId)).isEqualTo(2);

        dsl.execute("DROP TRIGGER counting_test_refuses_views");
        flusher.flush();

        assertThat(articles.storedViews(articleId)).isEqualTo(2);
        assertThat(counter.pending(articleId)).isZero();
    }

    private static Set<Long> newSession() {
        return ConcurrentHashMap.newKeySet();
    }
}
