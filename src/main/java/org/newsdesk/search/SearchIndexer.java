package org.newsdesk.search;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import jakarta.annotation.PreDestroy;
import org.jspecify.annotations.Nullable;
import org.newsdesk.base.NewsdeskProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the search index equal to what is published. Every write that changes a version's text, status or date
 * re-indexes it in its own transaction, so a search never sees a state that was not committed with it. Rows
 * written by SQL (the demo content, a bulk load, a restored backup) carry no indexed version; {@link #catchUp}
 * indexes them, at start-up (see {@link #run}) and on demand.
 */
@Service
public class SearchIndexer implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(SearchIndexer.class);

    /** Versions per transaction while catching up: short transactions, few round trips. */
    private static final int CATCH_UP_BATCH = 500;

    /** How often a long catch-up says how far it is. */
    private static final int PROGRESS_EVERY = 10_000;

    private final SearchIndexRepository index;
    private final ReadableText readable;
    private final TransactionTemplate transactions;
    private final int startUpLimit;
    private volatile boolean stopping;
    private @Nullable Thread background;

    @Autowired
    SearchIndexer(
            SearchIndexRepository index,
            ReadableText readable,
            TransactionTemplate transactions,
            NewsdeskProperties settings) {
        this(index, readable, transactions, settings.search().startUpIndexingLimit());
    }

    /** @param startUpLimit up to how many unindexed versions start-up indexes before it completes */
    SearchIndexer(
            SearchIndexRepository index, ReadableText readable, TransactionTemplate transactions, int startUpLimit) {
        this.index = index;
        this.readable = readable;
        this.transactions = transactions;
        this.startUpLimit = startUpLimit;
    }

    /** Within the caller's transaction: every language version of the article, as stored now. */
    public void reindexArticle(long articleId) {
        reindex(index.lockVersionsOf(articleId));
    }

    /** Within the caller's transaction. */
    public void reindexVersions(Collection<Long> translationIds) {
        if (!translationIds.isEmpty()) {
            reindex(index.lockVersions(translationIds));
        }
    }

    /**
     * Indexes every version whose words are missing or out of date, a batch per transaction.
     *
     * @return how many versions were indexed
     */
    public int catchUp() {
        var indexed = 0;
        var after = 0L;
        while (!stopping) {
            var from = after;
            var batch = transactions.execute(status -> {
                var stale = index.findStale(from, CATCH_UP_BATCH);
                if (!stale.isEmpty()) {
                    reindex(index.lockStaleVersions(stale));
                }
                return stale;
            });
            if (batch == null || batch.isEmpty()) {
                break;
            }
            indexed += batch.size();
            after = batch.getLast();
            if (indexed % PROGRESS_EVERY < CATCH_UP_BATCH) {
                log.info("Search index: {} language version(s) indexed so far", indexed);
            }
        }
        return indexed;
    }

    /**
     * A few stale versions (the demo content, a restore of a small site) are indexed before the site serves, so
     * that search finds them from the first request. A large backlog, such as the first start after the upgrade
     * that introduced the index on a big site, is indexed in the background instead of keeping the site down;
     * until it is done, search leaves out the versions not yet indexed.
     */
    @Override
    public void run(ApplicationArguments arguments) {
        var stale = index.countStale();
        if (stale == 0) {
            return;
        }
        if (stale <= startUpLimit) {
            catchUpAndReport();
            return;
        }
        log.warn(
                "Search index: {} language version(s) to index; indexing in the background, and until it is "
                        + "done search leaves them out",
                stale);
        background = Thread.ofPlatform().name("search-index-catch-up").daemon().start(this::catchUpAndReport);
    }

    /** Lets a background catch-up finish its batch and stop, before the database connections go. */
    @PreDestroy
    void stopCatchingUp() throws InterruptedException {
        stopping = true;
        if (background != null) {
            background.join(Duration.ofSeconds(30));
        }
    }

    private void catchUpAndReport() {
        long started = System.nanoTime();
        try {
            var indexed = catchUp();
            log.info(
                    "Search index: indexed {} language version(s) in {} ms{}",
                    indexed,
                    (System.nanoTime() - started) / 1_000_000,
                    stopping ? " (stopped: shutting down)" : "");
        } catch (RuntimeException failure) {
            // The next start catches up again: every version not yet indexed is still marked stale.
            log.error("Search index: catching up failed", failure);
        }
    }

    private void reindex(List<SearchIndexRepository.VersionText> versions) {
        var indexed = new ArrayList<SearchIndexRepository.IndexedVersion>(versions.size());
        for (var version : versions) {
            indexed.add(new SearchIndexRepository.IndexedVersion(
                    version, version.published() ? wordsOf(version) : Set.of()));
        }
        index.replaceTerms(indexed);
    }

    /** The stems of what a reader sees, in the version's language. */
    private Set<String> wordsOf(SearchIndexRepository.VersionText version) {
        return SearchWords.of(
                version.language(), version.title(), version.teaser(), readable.ofBody(version.bodyMarkdown()));
    }
}
