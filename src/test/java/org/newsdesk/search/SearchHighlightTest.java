package org.newsdesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsdesk.base.Language;
import org.newsdesk.search.SearchHighlight.Part;

class SearchHighlightTest {

    @Test
    void marksTheWordsTheSearchFoundAsTheyAreWritten() {
        assertThat(parts(Language.NL, "samenwerken", "De Samenwerking gaat door; samenwerkingen ook."))
                .containsExactly(
                        plain("De "),
                        found("Samenwerking"),
                        plain(" gaat door; "),
                        found("samenwerkingen"),
                        plain(" ook."));
        assertThat(parts(Language.FR, "reseau", "Les réseaux, enfin."))
                .containsExactly(plain("Les "), found("réseaux"), plain(", enfin."));
        assertThat(parts(Language.DE, "Grenze", "Offene Grenzen")).containsExactly(plain("Offene "), found("Grenzen"));
    }

    @Test
    void neighbouringFoundWordsAreOnePart() {
        assertThat(parts(Language.EN, "border cooperation", "Cross border cooperation, cooperation and border."))
                .containsExactly(
                        plain("Cross "),
                        found("border cooperation"),
                        plain(", "),
                        found("cooperation"),
                        plain(" and "),
                        found("border"),
                        plain("."));
    }

    @Test
    void aPhraseIsMarkedWhereItsWordsStandTogetherStopWordsIncluded() {
        assertThat(parts(Language.NL, "\"strijd tegen mensenhandel\"", "De strijd tegen mensenhandel, tegen fraude."))
                .containsExactly(plain("De "), found("strijd tegen mensenhandel"), plain(", tegen fraude."));
    }

    @Test
    void stopWordsAloneAreNotMarked() {
        assertThat(parts(Language.NL, "de samenwerking", "De samenwerking"))
                .containsExactly(plain("De "), found("samenwerking"));
        assertThat(parts(Language.NL, "de het", "De teaser")).containsExactly(plain("De teaser"));
    }

    @Test
    void withoutASearchNothingIsMarked() {
        assertThat(SearchHighlight.NONE.parts("Een teaser")).containsExactly(plain("Een teaser"));
        assertThat(parts(Language.NL, "", "Een teaser")).containsExactly(plain("Een teaser"));
        assertThat(parts(Language.NL, "iets", "")).isEmpty();
    }

    /** The parts are the text itself, markup included, for the renderer to escape. */
    @Test
    void markupInTheTextOrTheSearchStaysText() {
        assertThat(parts(Language.NL, "<b>script</b>", "<script>alert('script')</script>"))
                .containsExactly(
                        plain("<"),
                        found("script"),
                        plain(">alert('"),
                        found("script"),
                        plain("')</"),
                        found("script"),
                        plain(">"));
    }

    private static List<Part> parts(Language language, String search, String text) {
        return SearchHighlight.of(language, search).parts(text);
    }

    private static Part found(String text) {
        return new Part(text, true);
    }

    private static Part plain(String text) {
        return new Part(text, false);
    }
}
