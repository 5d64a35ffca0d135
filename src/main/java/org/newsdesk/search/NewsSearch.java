package org.newsdesk.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.newsdesk.base.Language;
import org.newsdesk.base.NewsCursor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the word index: which published articles contain every word a visitor searched for, in any of the forms
 * the language's stemmer takes for one, and every phrase in quotes.
 */
@Service
@Transactional(readOnly = true)
public class NewsSearch {

    /**
     * How many of the newest articles (after the cursor) a search of only common words tries at most: two probes
     * per article for two words, about 28 ms for 1,000 at 100k articles, so 400 keeps the worst case within the
     * 15 ms target. The visitor can search on from where it stopped.
     */
    public static final int NEWEST_TRIED = 400;

    /**
     * How many articles with every word a search with phrases reads at most for each match it is asked for, to keep
     * those whose text holds the phrases: each costs its text, and the body's rendering when the title and teaser
     * do not hold them.
     */
    public static final int PHRASE_CANDIDATES_PER_MATCH = 4;

    /** The shortest title word that relates two articles. */
    public static final int RELATED_WORD_LENGTH = 4;

    private final NewsSearchRepository index;
    private final ReadableText readable;

    NewsSearch(NewsSearchRepository index, ReadableText readable) {
        this.index = index;
        this.readable = readable;
    }

    /**
     * The published articles in this language and scope whose text holds every word of {@code text} (in a form with
     * the same stem, or a longer word starting with it) and every phrase of it in quotes, after the cursor, newest
     * first. Only letters and digits make words (see {@link SearchWords}), so text without a word of two letters
     * finds nothing, nor does text of only stop words, and no input reaches the database as syntax.
     *
     * @param after where the previous page ended, or null for the first page
     */
    public SearchMatches find(Language language, String text, NewsScope scope, @Nullable NewsCursor after, int limit) {
        var query = SearchQuery.of(language, text);
        if (query.isEmpty()) {
            return SearchMatches.NONE;
        }
        return query.phrases().isEmpty()
                ? index.findMatches(language, query.words(), scope, after, limit)
                : withPhrases(language, query, scope, after, limit);
    }

    /**
     * The index knows which words a version holds, not where: articles holding every word are read and each is kept
     * when its text holds the phrases. First as many as the page needs, which is enough when the phrase is common;
     * then, if that left the page short, the rest of at most {@link #PHRASE_CANDIDATES_PER_MATCH} per match asked
     * for. Words that are each common but seldom adjacent would otherwise make that read the whole archive, so it
     * stops there and says where, as a search of common words does.
     */
    private SearchMatches withPhrases(
            Language language, SearchQuery query, NewsScope scope, @Nullable NewsCursor after, int limit) {
        var found = new ArrayList<NewsCursor>();
        var from = after;
        for (var asked : List.of(limit, limit * (PHRASE_CANDIDATES_PER_MATCH - 1))) {
            var candidates = index.findMatches(language, query.words(), scope, from, asked);
            var texts = index.findPublishedTexts(
                    language,
                    candidates.matches().stream().map(NewsCursor::articleId).toList());
            for (var candidate : candidates.matches()) {
                var text = texts.get(candidate.articleId());
                if (text != null && holdsPhrases(language, query, text)) {
                    found.add(candidate);
                    if (found.size() == limit) {
                        return new SearchMatches(found, Optional.empty());
                    }
                }
            }
            if (candidates.matches().size() < asked) {
                return new SearchMatches(found, candidates.stoppedAfter());
            }
            from = candidates.matches().getLast();
        }
        return new SearchMatches(found, Optional.ofNullable(from));
    }

    /** Title and teaser first: the body is rendered only when they do not hold every phrase. */
    private boolean holdsPhrases(Language language, SearchQuery query, NewsSearchRepository.PublishedText text) {
        var texts = new ArrayList<List<String>>(
                List.of(SearchWords.sequence(language, text.title()), SearchWords.sequence(language, text.teaser())));
        if (query.phrasesIn(texts)) {
            return true;
        }
        texts.add(SearchWords.sequence(language, readable.ofBody(text.bodyMarkdown())));
        return query.phrasesIn(texts);
    }

    /**
     * For each of the newest articles that share words of this title (other than the article itself), how many
     * of them it shares. Only words of {@link #RELATED_WORD_LENGTH} letters or more count: the short ones that
     * every title has relate nothing. Each word reads at most {@code perWord} index entries, newest first, all in
     * one query, so the cost does not grow with the number of articles.
     */
    public Map<Long, Integer> sharingTitleWords(Language language, long articleId, String title, int perWord) {
        var words = SearchWords.of(language, title).stream()
                .filter(word -> word.length() >= RELATED_WORD_LENGTH)
                .limit(SearchWords.MAX_QUERY_WORDS)
                .toList();
        var shared = new HashMap<Long, Integer>();
        index.findNewestWithWords(language, words, articleId, perWord)
                .forEach(other -> shared.merge(other, 1, Integer::sum));
        return shared;
    }
}
