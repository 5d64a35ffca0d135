package org.newsdesk.base.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.github.difflib.DiffUtils;

/**
 * A readable comparison of two texts for editors: line by line for revisions of one text, word by word where a
 * change inside a long line matters (a paragraph of Markdown is one line).
 */
public final class TextDiff {

    public enum Change {
        SAME,
        REMOVED,
        ADDED
    }

    public record Line(Change change, String text) {}

    /** A run of words (with the spaces and punctuation between them) that is kept, removed or added. */
    public record Words(Change change, String text) {}

    /** Words, runs of spaces, and each other sign on its own: "14,5" differs from "12,5" by one word. */
    private static final Pattern TOKENS = Pattern.compile("[\\p{L}\\p{N}]+|\\s+|[^\\p{L}\\p{N}\\s]");

    private TextDiff() {}

    /** Every line of both texts in reading order, each marked as kept, removed from the older or added. */
    public static List<Line> between(String older, String newer) {
        var before = older.lines().toList();
        var after = newer.lines().toList();
        var lines = new ArrayList<Line>();
        var position = 0;
        for (var delta : DiffUtils.diff(before, after).getDeltas()) {
            var source = delta.getSource();
            for (; position < source.getPosition(); position++) {
                lines.add(new Line(Change.SAME, before.get(position)));
            }
            source.getLines().forEach(text -> lines.add(new Line(Change.REMOVED, text)));
            delta.getTarget().getLines().forEach(text -> lines.add(new Line(Change.ADDED, text)));
            position += source.size();
        }
        for (; position < before.size(); position++) {
            lines.add(new Line(Change.SAME, before.get(position)));
        }
        return lines;
    }

    /** Both texts in reading order as runs of kept, removed and added words; neighbouring runs differ in change. */
    public static List<Words> wordsBetween(String older, String newer) {
        var before = tokens(older);
        var after = tokens(newer);
        var runs = new ArrayList<Words>();
        var position = 0;
        for (var delta : DiffUtils.diff(before, after).getDeltas()) {
            var source = delta.getSource();
            append(runs, Change.SAME, before.subList(position, source.getPosition()));
            append(runs, Change.REMOVED, source.getLines());
            append(runs, Change.ADDED, delta.getTarget().getLines());
            position = source.getPosition() + source.size();
        }
        append(runs, Change.SAME, before.subList(position, before.size()));
        return runs;
    }

    private static List<String> tokens(String text) {
        return TOKENS.matcher(text).results().map(match -> match.group()).toList();
    }

    private static void append(List<Words> runs, Change change, List<String> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        var text = String.join("", tokens);
        if (!runs.isEmpty() && runs.getLast().change() == change) {
            text = runs.removeLast().text() + text;
        }
        runs.add(new Words(change, text));
    }
}
