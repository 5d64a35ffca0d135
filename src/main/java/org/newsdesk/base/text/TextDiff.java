package org.newsdesk.base.text;

import java.util.ArrayList;
import java.util.List;

import com.github.difflib.DiffUtils;

/** A readable line-by-line comparison of two texts, for editors comparing revisions. */
public final class TextDiff {

    public enum Change {
        SAME,
        REMOVED,
        ADDED
    }

    public record Line(Change change, String text) {}

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
}
