package org.newsdesk.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.newsdesk.base.Language;
import org.newsdesk.base.TextFolding;
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * Each language's stem of a word and its stop words, as Lucene's analyzers for that language have them (the stem
 * filters of DutchAnalyzer, FrenchAnalyzer, EnglishAnalyzer and GermanAnalyzer, and their default stop sets), so
 * that "samenwerken" finds "samenwerking", "politique" "politiques" and "Grenze" "Grenzen". Words arrive already
 * folded by {@link TextFolding}: the stemmers then see what the index stores, and a query typed without accents
 * stems to what the accented text stemmed to. Changing a stemmer changes the words in the index: a migration then
 * marks every version for re-indexing (as V24 did when stemming came).
 */
final class Stemming {

    /** Words of one language whose stems are kept: most words of the news, a few megabytes for four languages. */
    private static final int KNOWN_PER_LANGUAGE = 20_000;

    private static final Map<Language, Analyzer> STEMMERS = new EnumMap<>(Map.of(
            Language.NL, stemmer(token -> new SnowballFilter(token, new DutchStemmer())),
            Language.FR, stemmer(FrenchLightStemFilter::new),
            Language.EN, stemmer(PorterStemFilter::new),
            Language.DE, stemmer(token -> new GermanLightStemFilter(new GermanNormalizationFilter(token)))));

    private static final Map<Language, Set<String>> STOP_WORDS = new EnumMap<>(Map.of(
            Language.NL, folded(DutchAnalyzer.getDefaultStopSet()),
            Language.FR, folded(FrenchAnalyzer.getDefaultStopSet()),
            Language.EN, folded(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET),
            Language.DE, folded(GermanAnalyzer.getDefaultStopSet())));

    /**
     * Stems already found, per language: running a word through an analyzer costs a few microseconds, and news
     * repeats its words, so indexing, phrase checks and highlighting mostly look a stem up instead.
     */
    private static final Map<Language, Cache<String, String>> KNOWN = new EnumMap<>(Language.class);

    static {
        for (var language : Language.values()) {
            KNOWN.put(
                    language,
                    Caffeine.newBuilder().maximumSize(KNOWN_PER_LANGUAGE).build());
        }
    }

    private Stemming() {}

    /** @param word one word as {@link TextFolding} folds it */
    static String stem(Language language, String word) {
        var known = KNOWN.get(language);
        return known == null ? analysed(language, word) : known.get(word, unknown -> analysed(language, unknown));
    }

    private static String analysed(Language language, String word) {
        var stemmer = STEMMERS.get(language);
        if (stemmer == null) {
            return word;
        }
        try (TokenStream stream = stemmer.tokenStream("", word)) {
            var term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            var stem = stream.incrementToken() && term.length() > 0 ? term.toString() : word;
            stream.end();
            return stem;
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }

    /** Words too common in the language to say what a text is about ("de", "les", "the", "und"), folded. */
    static boolean isStopWord(Language language, String word) {
        return STOP_WORDS.getOrDefault(language, Set.of()).contains(word);
    }

    /** The whole input is one token: the words are found by {@link SearchWords}, the analyzer only stems them. */
    private static Analyzer stemmer(UnaryOperator<TokenStream> filters) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                var tokenizer = new KeywordTokenizer();
                return new TokenStreamComponents(tokenizer, filters.apply(tokenizer));
            }
        };
    }

    private static Set<String> folded(CharArraySet words) {
        return words.stream()
                .map(word -> TextFolding.fold(new String((char[]) word)))
                .collect(Collectors.toUnmodifiableSet());
    }
}
