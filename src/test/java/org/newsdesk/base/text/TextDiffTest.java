package org.newsdesk.base.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.base.text.TextDiff.Change.ADDED;
import static org.newsdesk.base.text.TextDiff.Change.REMOVED;
import static org.newsdesk.base.text.TextDiff.Change.SAME;

import org.junit.jupiter.api.Test;
import org.newsdesk.base.text.TextDiff.Line;

class TextDiffTest {

    @Test
    void marksKeptRemovedAndAddedLinesInReadingOrder() {
        var lines = TextDiff.between("one\ntwo\nthree\nfour", "one\n2\nthree\nfour\nfive");

        assertThat(lines)
                .containsExactly(
                        new Line(SAME, "one"),
                        new Line(REMOVED, "two"),
                        new Line(ADDED, "2"),
                        new Line(SAME, "three"),
                        new Line(SAME, "four"),
                        new Line(ADDED, "five"));
    }

    @Test
    void identicalTextsHaveOnlyKeptLines() {
        assertThat(TextDiff.between("a\nb", "a\nb")).extracting(Line::change).containsOnly(SAME);
    }

    @Test
    void emptyOlderTextIsAllAdded() {
        assertThat(TextDiff.between("", "new")).containsExactly(new Line(ADDED, "new"));
    }
}
