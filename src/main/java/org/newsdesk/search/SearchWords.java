package org.newsdesk.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words of a text as the search index stores them and as visitors' queries are matched against them: runs of
 * letters and digits of any script, lower case, with Latin, Greek and Cyrillic accents folded away so that
 * "reseau" finds "réseau" and "strasse" finds "Straße". Everything else (punctuation, quotes, operators,
 * wildcards, SQL) only separates words, so no input reaches the database as syntax.
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
    /** The combining accents of Latin, Greek and Cyrillic letters, which decomposition splits off. */
    private static final Pattern ACCENTS = Pattern.compile("[\\u0300-\\u036f]");
    /** Letters that carry no separable accent but that people type without one. */
    private static final Map<String, String> LETTERS_WITHOUT_ACCENT = Map.of("ß", "ss", "æ", "ae", "œ", "oe",
            "ø", "o", "ł", "l", "đ", "d", "ı", "i");
    private static final Pattern SPECIAL_LETTERS = Pattern.compile("[ßæœøłđı]");

    private SearchWords() {
    }

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
        var matcher = WORD.matcher(fold(text));
        while (words.size() < limit && matcher.find()) {
            var word = matcher.group();
            var length = word.codePointCount(0, word.length());
            if (length >= MIN_LENGTH) {
                words.add(length <= MAX_LENGTH ? word : word.substring(0, word.offsetByCodePoints(0, MAX_LENGTH)));
            }
        }
    }

    /** Compatibility forms (ligatures, full-width letters) become plain letters before the accents go. */
    private static String fold(String text) {
        var decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        var lower = ACCENTS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
        var plain = SPECIAL_LETTERS.matcher(lower).replaceAll(match -> LETTERS_WITHOUT_ACCENT.get(match.group()));
        return Normalizer.normalize(plain, Normalizer.Form.NFC);
    }
}
