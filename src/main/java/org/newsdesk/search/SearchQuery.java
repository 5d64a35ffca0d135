package org.newsdesk.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

import org.newsdesk.base.Language;

/**
 * A visitor's search as the index answers it: the stems every match must contain (each also finds longer ones
 * that start with it), and the phrases in quotes, whose words must follow each other in the text.
 *
 * @param words   distinct stems of the query's words other than stop words, at most
 *                {@link SearchWords#MAX_QUERY_WORDS}; empty when nothing is searchable
 * @param phrases the stems of each quoted phrase of two words or more, stop words included, in order
 */
record SearchQuery(List<String> words, List<List<String>> phrases) {

    /** Straight and typographic quotes; an unclosed quote makes a phrase of the rest. */
    private static final Pattern QUOTE = Pattern.compile("[\"“”„«»]");

    SearchQuery {
        words = List.copyOf(words);
        phrases = phrases.stream().map(List::copyOf).toList();
    }

    static SearchQuery of(Language language, String text) {
        var words = new LinkedHashSet<String>();
        var phrases = new ArrayList<List<String>>();
        var quoted = false;
        for (var part : QUOTE.split(text, -1)) {
            for (var word : SearchWords.folded(part)) {
                if (words.size() < SearchWords.MAX_QUERY_WORDS && !Stemming.isStopWord(language, word)) {
                    words.add(SearchWords.stem(language, word));
                }
            }
            var sequence = SearchWords.sequence(language, part);
            if (quoted && sequence.size() > 1) {
                phrases.add(sequence.subList(0, Math.min(sequence.size(), SearchWords.MAX_QUERY_WORDS)));
            }
            quoted = !quoted;
        }
        return new SearchQuery(new ArrayList<>(words), phrases);
    }

    boolean isEmpty() {
        return words.isEmpty();
    }

    /**
     * Whether every phrase stands in one of these texts, each a sequence of stems ({@link SearchWords#sequence}): a
     * phrase does not run on from a title into the teaser.
     */
    boolean phrasesIn(List<List<String>> texts) {
        return phrases.stream().allMatch(phrase -> texts.stream().anyMatch(text -> startOf(phrase, text, 0) >= 0));
    }

    /**
     * Where the phrase next starts in the text at or after {@code from}, or -1. Each of its words also matches a
     * longer word that starts with it, as the words of a search do.
     */
    static int startOf(List<String> phrase, List<String> text, int from) {
        for (int start = from; start + phrase.size() <= text.size(); start++) {
            var matches = true;
            for (int i = 0; i < phrase.size() && matches; i++) {
                matches = text.get(start + i).startsWith(phrase.get(i));
            }
            if (matches) {
                return start;
            }
        }
        return -1;
    }
}
