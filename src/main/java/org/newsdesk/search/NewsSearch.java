package org.newsdesk.search;

import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.newsdesk.base.Language;
import org.newsdesk.base.NewsCursor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading the word index: which published articles contain every word a visitor searched for. */
@Service
@Transactional(readOnly = true)
public class NewsSearch {

    /**
     * How many of the newest articles (after the cursor) a search of only common words tries at most: two probes
     * per article for two words, about 28 ms for 1,000 at 100k articles, so 400 keeps the worst case within the
     * 15 ms target. The visitor can search on from where it stopped.
     */
    public static final int NEWEST_TRIED = 400;

    /** The shortest title word that relates two articles. */
    public static final int RELATED_WORD_LENGTH = 4;

    private final NewsSearchRepository index;

    NewsSearch(NewsSearchRepository index) {
        this.index = index;
    }

    /**
     * The published articles in this language and scope whose text holds every word of {@code text} (or a longer
     * word starting with it), after the cursor, newest first. Only letters and digits make words (see
     * {@link SearchWords}), so text without a word of two letters finds nothing, and no input reaches the database
     * as syntax.
     *
     * @param after where the previous page ended, or null for the first page
     */
    public SearchMatches find(Language language, String text, NewsScope scope, @Nullable NewsCursor after, int limit) {
        var words = SearchWords.ofQuery(text);
        return words.isEmpty() ? SearchMatches.NONE : index.findMatches(language, words, scope, after, limit);
    }

    /**
     * For each of the newest articles that share words of this title (other than the article itself), how many
     * of them it shares. Only words of {@link #RELATED_WORD_LENGTH} letters or more count: the short ones that
     * every title has relate nothing. Each word reads at most {@code perWord} index entries, newest first, all in
     * one query, so the cost does not grow with the number of articles.
     */
    public Map<Long, Integer> sharingTitleWords(Language language, long articleId, String title, int perWord) {
        var words = SearchWords.of(title).stream()
                .filter(word -> word.length() >= RELATED_WORD_LENGTH)
                .limit(SearchWords.MAX_QUERY_WORDS)
                .toList();
        var shared = new HashMap<Long, Integer>();
        index.findNewestWithWords(language, words, articleId, perWord)
                .forEach(other -> shared.merge(other, 1, Integer::sum));
        return shared;
    }
}
