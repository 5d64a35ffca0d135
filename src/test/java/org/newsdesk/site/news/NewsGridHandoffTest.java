package org.newsdesk.site.news;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.newsdesk.MovableClock;
import org.newsdesk.article.NewsPage;
import org.newsdesk.article.NewsQuery;
import org.newsdesk.base.Language;

class NewsGridHandoffTest {

    private final MovableClock clock = new MovableClock();
    private final NewsGridHandoff handoff = new NewsGridHandoff(clock);

    @Test
    void theLiveViewTakesWhatTheFirstResponseShowedOnce() {
        var content = content(Language.NL, "water");
        handoff.offer(content);

        assertThat(handoff.take(Language.NL, content.address())).containsSame(content);
        assertThat(handoff.take(Language.NL, content.address())).isEmpty();
    }

    @Test
    void onlyTheSameAddressInTheSameLanguage() {
        handoff.offer(content(Language.NL, "water"));

        assertThat(handoff.take(Language.FR, address("water"))).isEmpty();
        assertThat(handoff.take(Language.NL, address("wind"))).isEmpty();
        assertThat(handoff.take(Language.NL, address("water"))).isPresent();
    }

    @Test
    void contentOlderThanAFewSecondsIsNotShown() {
        handoff.offer(content(Language.NL, "water"));

        clock.advance(NewsGridHandoff.KEPT);

        assertThat(handoff.take(Language.NL, address("water"))).isEmpty();
    }

    @Test
    void whatNobodyTakesIsBoundedAndMakesWayOnceExpired() {
        for (int i = 0; i < NewsGridHandoff.MAX_WAITING + 50; i++) {
            handoff.offer(content(Language.NL, "word" + i));
        }
        assertThat(handoff.take(Language.NL, address("word" + NewsGridHandoff.MAX_WAITING)))
                .isEmpty();
        assertThat(handoff.take(Language.NL, address("word0"))).isPresent();

        clock.advance(NewsGridHandoff.KEPT);
        handoff.offer(content(Language.NL, "after"));

        assertThat(handoff.take(Language.NL, address("after"))).isPresent();
    }

    private static NewsGridContent content(Language language, String text) {
        return new NewsGridContent(
                language,
                address(text),
                new NewsQuery(text, null, null),
                List.of(),
                new NewsPage(List.of(), Optional.empty()),
                List.of(),
                List.of());
    }

    private static NewsAddress address(String text) {
        return new NewsAddress(text, null, null, null);
    }
}
