package org.newsdesk.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.newsdesk.base.Language;

/**
 * Which words of a text a search matched, so that a result can show them: the words whose stem starts with one of
 * the query's (as search matches them) and the words of each quoted phrase where they stand together. Neighbouring
 * matched words, with only spaces between them, are one part. The parts are plain text: whoever renders them
 * escapes them.
 */
public final class SearchHighlight {

    /** Marks nothing: the text is one unmarked part. */
    public static final SearchHighlight NONE =
            new SearchHighlight(Language.DEFAULT, new SearchQuery(List.of(), List.of()));

    private static final Pattern SPACES = Pattern.compile("\\s*");

    private final Language language;
    private final SearchQuery query;

    private SearchHighlight(Language language, SearchQuery query) {
        this.language = language;
        this.query = query;
    }

    /** @param text the search as the visitor typed it; blank marks nothing */
    public static SearchHighlight of(Language language, String text) {
        return new SearchHighlight(language, SearchQuery.of(language, text));
    }

    /** A part of a text, and whether it is what the search matched. */
    public record Part(String text, boolean matched) {}

    /** The whole text, in order, cut into parts that are matched words and parts that are not. */
    public List<Part> parts(String text) {
        if (query.isEmpty()) {
            return text.isEmpty() ? List.of() : List.of(new Part(text, false));
        }
        var words = wordsOf(text);
        var matched = new boolean[words.size()];
        var stems = words.stream().map(Word::stem).toList();
        for (int i = 0; i < words.size(); i++) {
            var stem = stems.get(i);
            matched[i] = !Stemming.isStopWord(language, words.get(i).folded())
                    && query.words().stream().anyMatch(stem::startsWith);
        }
        for (var phrase : query.phrases()) {
            for (int start = SearchQuery.startOf(phrase, stems, 0);
                    start >= 0;
                    start = SearchQuery.startOf(phrase, stems, start + 1)) {
                for (int i = start; i < start + phrase.size(); i++) {
                    matched[i] = true;
                }
            }
        }
        return partsOf(text, words, matched);
    }

    private static List<Part> partsOf(String text, List<Word> words, boolean[] matched) {
        var parts = new ArrayList<Part>();
        var shown = 0;
        for (int i = 0; i < words.size(); i++) {
            if (!matched[i]) {
                continue;
            }
            var last = i;
            while (last + 1 < words.size()
                    && matched[last + 1]
                    && SPACES.matcher(text.substring(
                                    words.get(last).end(), words.get(last + 1).start()))
                            .matches()) {
                last++;
            }
            var start = words.get(i).start();
            if (start > shown) {
                parts.add(new Part(text.substring(shown, start), false));
            }
            shown = words.get(last).end();
            parts.add(new Part(text.substring(start, shown), true));
            i = last;
        }
        if (shown < text.length()) {
            parts.add(new Part(text.substring(shown), false));
        }
        return parts;
    }

    /** The words search knows in the text, each where it stands in the text as written. */
    private List<Word> wordsOf(String text) {
        var words = new ArrayList<Word>();
        // In the text as written, not folded, so that each part keeps its accents and case.
        var matcher = SearchWords.WORD.matcher(text);
        while (matcher.find()) {
            var folded = SearchWords.folded(matcher.group());
            if (folded.size() == 1) {
                var word = folded.getFirst();
                words.add(new Word(matcher.start(), matcher.end(), word, SearchWords.stem(language, word)));
            }
        }
        return words;
    }

    private record Word(int start, int end, String folded, String stem) {}
}
