package org.newsdesk.site.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.newsdesk.base.Language;
import org.newsdesk.base.web.Addresses;
import org.newsdesk.site.PublicPageTest;
import org.newsdesk.theme.ThemeService;
import org.newsdesk.theme.TimelineEditing;
import org.newsdesk.theme.TimelineEntryDraft;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/** The public theme page as a visitor uses it, on the demo content in a real MariaDB. */
class ThemeViewTest extends PublicPageTest {

    @Autowired
    ThemeService themes;

    @Autowired
    TimelineEditing timeline;

    @Test
    void themePageShowsItsTimelineAndNews() {
        var theme = themes.all(Language.DE).stream()
                .filter(each -> !themes.timeline(each.id(), Language.DE).isEmpty())
                .findFirst()
                .orElseThrow();

        navigate("de/themes/" + theme.slug(), ThemeView.class);

        var shown = Jsoup.parseBodyFragment(shownHtml());
        assertThat(shown.select("h1").text()).isEqualTo(theme.name());
        assertThat(shown.select(".timeline-year-label").eachText()).contains("Im Jahr 2016");
        assertThat(shown.select("a.more-news").attr("href")).isEqualTo("de/?theme=" + theme.slug());
    }

    @Test
    void timelineActionsLinkToTheirArticleOnlyWhereItIsPublishedInTheVisitorsLanguage() {
        var theme = themes.bySlug(Language.EN, "human-trafficking").orElseThrow();
        var actions = themes.timeline(theme.id(), Language.EN).stream()
                .flatMap(year -> year.actions().stream())
                .toList();
        assertThat(actions)
                .anyMatch(action -> action.articleSlug() != null)
                .anyMatch(action -> action.articleSlug() == null);

        navigate("en/themes/human-trafficking", ThemeView.class);

        var shown = Jsoup.parseBodyFragment(shownHtml()).select(".timeline-action");
        assertThat(shown).hasSameSizeAs(actions);
        for (var index = 0; index < actions.size(); index++) {
            var action = actions.get(index);
            var links = shown.get(index).select("a").eachAttr("href");
            assertThat(shown.get(index).select("p").text()).isEqualTo(action.text());
            assertThat(links)
                    .isEqualTo(
                            action.articleSlug() == null
                                    ? List.of()
                                    : List.of(Addresses.article(Language.EN, action.articleSlug())));
        }
    }

    @Test
    @Transactional
    @WithMockUser(roles = "EDITOR")
    void anActionWrittenInAnotherLanguageIsShownMarkedWithItsLanguage() {
        var theme = themes.bySlug(Language.EN, "human-trafficking").orElseThrow();
        timeline.save(new TimelineEntryDraft(
                null, 0, theme.id(), 2099, null, Map.of(Language.NL, "Alleen in het Nederlands geschreven"), null));

        navigate("en/themes/human-trafficking", ThemeView.class);

        var text = Jsoup.parseBodyFragment(shownHtml())
                .select(".timeline-action p:contains(Alleen in het Nederlands geschreven)")
                .first();
        assertThat(text.attr("lang")).isEqualTo("nl");
        assertThat(text.select(".timeline-language").text()).isEqualTo("Nederlands");
    }
}
