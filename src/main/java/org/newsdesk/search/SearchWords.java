package org.newsdesk.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.newsdesk.base.Language;
import org.newsdesk.base.TextFolding;

/**
 * The words of a text as the search index stores them and as visitors' queries are matched against them: runs of
 * letters and digits of any script, folded by {@link TextFolding} so that "reseau" finds "réseau" and "strasse"
 * finds "Straße", then reduced to their stem in the text's language ({@link Stemming}) so that "samenwerken" finds
 * "samenwerking". Everything else (punctuation, operators, wildcards, SQL) only separates words, so no input
 * reaches the database as syntax.
 */
public final class SearchWords {

    /** One letter says too little to find anything; two already do ("EU", "5G", "AI"). */
    public static final int MIN_LENGTH = 2;
    /** Longer words are cut, in the index and in queries alike, so they still find each other. */
    public static final int MAX_LENGTH = 40;
    /** A query's further words are ignored: each one costs an index probe per candidate. */
    public static final int MAX_QUERY_WORDS = 8;

    /** Marks of other scripts (Devanagari vowel signs, Japanese voicing marks) belong to their words. */
    static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M}]*");

    private SearchWords() {}

    /**
     * The distinct stems of these texts in this language, in order of first appearance, without its stop words:
     * what the index stores.
     */
    public static Set<String> of(Language language, @Nullable String... texts) {
        var words = new LinkedHashSet<String>();
        for (var text : texts) {
            for (var word : folded(text)) {
                if (!Stemming.isStopWord(language, word)) {
                    words.add(stem(language, word));
                }
            }
        }
        return words;
    }

    /** Every word's stem in the order of the text, stop words and repeats included: what a phrase is checked on. */
    static List<String> sequence(Language language, @Nullable String text) {
        return folded(text).stream().map(word -> stem(language, word)).toList();
    }

    /** The words of a text folded as search compares them, in order, before stemming: slugs spell the same. */
    public static List<String> folded(@Nullable String text) {
        var words = new ArrayList<String>();
        if (text == null || text.isEmpty()) {
            return words;
        }
        var matcher = WORD.matcher(TextFolding.fold(text));
        while (matcher.find()) {
            var word = matcher.group();
            if (word.codePointCount(0, word.length()) >= MIN_LENGTH) {
                words.add(word);
            }
        }
        return words;
    }

    /**
     * A folded word's stem, cut to {@link #MAX_LENGTH}. A stem shorter than a word may be would find nearly
     * everything by its beginning, so such a word stays whole.
     */
    static String stem(Language language, String word) {
        var stem = Stemming.stem(language, word);
        var kept = stem.codePointCount(0, stem.length()) >= MIN_LENGTH ? stem : word;
        return kept.codePointCount(0, kept.length()) <= MAX_LENGTH
                ? kept
                : kept.substring(0, kept.offsetByCodePoints(0, MAX_LENGTH));
    }
}
