package org.newsdesk.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.newsdesk.base.TextFolding;

/**
 * The words of a text as the search index stores them and as visitors' queries are matched against them: runs of
 * letters and digits of any script, folded by {@link TextFolding} so that "reseau" finds "réseau" and "strasse"
 * finds "Straße". Everything else (punctuation, quotes, operators, wildcards, SQL) only separates words, so no
 * input reaches the database as syntax.
 */
public final class SearchWords {

    /** One letter says too little to find anything; two already do ("EU", "5G", "AI"). */
    public static final int MIN_LENGTH = 2;
    /** Longer words are cut, in the index and in queries alike, so they still find each other. */
    public static final int MAX_LENGTH = 40;
    /** A query's further words are ignored: each one costs an index probe per candidate. */
    public static final int MAX_QUERY_WORDS = 8;

    /** Marks of other scripts (Devanagari vowel signs, Japanese voicing marks) belong to their words. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M}]*");

    private SearchWords() {}

    /** The distinct words of these texts, in order of first appearance: what the index stores. */
    public static Set<String> of(String... texts) {
        var words = new LinkedHashSet<String>();
        for (var text : texts) {
            addWords(text, words, Integer.MAX_VALUE);
        }
        return words;
    }

    /** The distinct words of a visitor's query, at most {@link #MAX_QUERY_WORDS}; empty when nothing is searchable. */
    public static List<String> ofQuery(String text) {
        var words = new LinkedHashSet<String>();
        addWords(text, words, MAX_QUERY_WORDS);
        return new ArrayList<>(words);
    }

    private static void addWords(String text, Set<String> words, int limit) {
        if (text == null || text.isEmpty()) {
            return;
        }
        var matcher = WORD.matcher(TextFolding.fold(text));
        while (words.size() < limit && matcher.find()) {
            var word = matcher.group();
            var length = word.codePointCount(0, word.length());
            if (length >= MIN_LENGTH) {
                words.add(length <= MAX_LENGTH ? word : word.substring(0, word.offsetByCodePoints(0, MAX_LENGTH)));
            }
        }
    }
}
