package org.newsdesk.base.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.base.text.TextDiff.Change.ADDED;
import static org.newsdesk.base.text.TextDiff.Change.REMOVED;
import static org.newsdesk.base.text.TextDiff.Change.SAME;

import org.junit.jupiter.api.Test;
import org.newsdesk.base.text.TextDiff.Line;
import org.newsdesk.base.text.TextDiff.Words;

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

    @Test
    void wordsShowAChangedFigureInsideAParagraphAndNothingElse() {
        var words = TextDiff.wordsBetween(
                "De brug kostte 12,5 miljoen euro en opent in mei.",
                "De brug kostte 14,5 miljoen euro en opent in juni.");

        assertThat(words)
                .containsExactly(
                        new Words(SAME, "De brug kostte "),
                        new Words(REMOVED, "12"),
                        new Words(ADDED, "14"),
                        new Words(SAME, ",5 miljoen euro en opent in "),
                        new Words(REMOVED, "mei"),
                        new Words(ADDED, "juni"),
                        new Words(SAME, "."));
    }

    @Test
    void wordsOfAccentedAndGermanTextStayWhole() {
        assertThat(TextDiff.wordsBetween("Les vœux du maire", "Les vœux de la maire"))
                .containsExactly(
                        new Words(SAME, "Les vœux "),
                        new Words(REMOVED, "du"),
                        new Words(ADDED, "de"),
                        new Words(SAME, " "),
                        new Words(ADDED, "la "),
                        new Words(SAME, "maire"));
        assertThat(TextDiff.wordsBetween("Grenze", "Grenze")).containsExactly(new Words(SAME, "Grenze"));
        assertThat(TextDiff.wordsBetween("", "Straße")).containsExactly(new Words(ADDED, "Straße"));
    }
}
