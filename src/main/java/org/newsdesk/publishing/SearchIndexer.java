package org.newsdesk.publishing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.newsdesk.markdown.MarkdownRenderer;
import org.newsdesk.search.SearchWords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the search index equal to what is published. Every write that changes a version's text, status or date
 * re-indexes it in its own transaction, so a search never sees a state that was not committed with it. Rows
 * written by SQL (the demo content, a bulk load, a restored backup) carry no indexed version; {@link #catchUp}
 * indexes them, at start-up and on demand.
 */
@Service
public class SearchIndexer implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(SearchIndexer.class);

    /** Versions per transaction while catching up: short transactions, few round trips. */
    private static final int CATCH_UP_BATCH = 500;

    private final SearchIndexRepository index;
    private final MarkdownRenderer markdown;
    private final TransactionTemplate transactions;

    SearchIndexer(SearchIndexRepository index, MarkdownRenderer markdown, TransactionTemplate transactions) {
        this.index = index;
        this.markdown = markdown;
        this.transactions = transactions;
    }

    /** Within the caller's transaction: every language version of the article, as stored now. */
    void reindexArticle(long articleId) {
        reindex(index.lockVersionsOf(articleId));
    }

    /** Within the caller's transaction. */
    void reindexVersions(Collection<Long> translationIds) {
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
        while (true) {
            var from = after;
            var batch = transactions.execute(status -> {
                var stale = index.findStale(from, CATCH_UP_BATCH);
                reindexVersions(stale);
                return stale;
            });
            if (batch == null || batch.isEmpty()) {
                return indexed;
            }
            indexed += batch.size();
            after = batch.getLast();
        }
    }

    @Override
    public void run(ApplicationArguments arguments) {
        long started = System.nanoTime();
        var indexed = catchUp();
        if (indexed > 0) {
            log.info("Search index: indexed {} language version(s) in {} ms", indexed,
                    (System.nanoTime() - started) / 1_000_000);
        }
    }

    private void reindex(List<SearchIndexRepository.VersionText> versions) {
        var indexed = new ArrayList<SearchIndexRepository.IndexedVersion>(versions.size());
        for (var version : versions) {
            indexed.add(new SearchIndexRepository.IndexedVersion(version, version.published() ? wordsOf(version)
                    : Set.of()));
        }
        index.replaceTerms(indexed);
    }

    /** What a reader sees: the body's Markdown rendered and reduced to its text, without addresses or markup. */
    private Set<String> wordsOf(SearchIndexRepository.VersionText version) {
        var bodyText = Jsoup.parseBodyFragment(markdown.toSafeHtml(version.bodyMarkdown())).text();
        return SearchWords.of(version.title(), version.teaser(), bodyText);
    }
}
