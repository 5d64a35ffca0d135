package org.newsdesk.site.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.newsdesk.PublishedStory;
import org.newsdesk.base.Language;
import org.newsdesk.base.web.Addresses;
import org.newsdesk.editorial.EditorialService;
import org.newsdesk.site.PublicPageTest;
import org.newsdesk.theme.ThemeAdministration;
import org.newsdesk.theme.ThemeService;
import org.newsdesk.theme.TimelineEditing;
import org.newsdesk.theme.TimelineEntryDraft;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/** The public theme page as a visitor uses it, on a theme of the test's own in a real MariaDB. */
class ThemeViewTest extends PublicPageTest {

    @Autowired
    ThemeService themes;

    @Autowired
    EditorialService editorial;

    @Autowired
    ThemeAdministration themeAdministration;

    @Autowired
    TimelineEditing timelineEditing;

    PublishedStory story;

    @BeforeEach
    void publishStory() {
        story = PublishedStory.publish(editorial, themeAdministration, timelineEditing, LocalDate.of(2021, 5, 3));
    }

    @AfterEach
    void removeStory() {
        story.close();
    }

    @Test
    void themePageShowsItsTimelineAndNews() {
        var slug = story.themeSlug(Language.DE);

        navigate("de/themes/" + slug, ThemeView.class);

        var shown = Jsoup.parseBodyFragment(shownHtml());
        assertThat(shown.select("h1").text()).isEqualTo(story.themeName(Language.DE));
        assertThat(shown.select(".timeline-year-label").eachText()).contains("Im Jahr 2016");
        assertThat(shown.select("a.more-news").attr("href")).isEqualTo("de/?theme=" + slug);
    }

    /** The story's article is published in French, not in English: only the French page links to it. */
    @ParameterizedTest
    @EnumSource(
            value = Language.class,
            names = {"FR", "EN"})
    void timelineActionsLinkToTheirArticleOnlyWhereItIsPublishedInTheVisitorsLanguage(Language language) {
        var actions = themes.timeline(story.themeId(), language).stream()
                .flatMap(year -> year.actions().stream())
                .toList();
        if (language == Language.FR) {
            assertThat(actions)
                    .anyMatch(action -> action.articleSlug() != null)
                    .anyMatch(action -> action.articleSlug() == null);
        } else {
            assertThat(actions).hasSize(2).allMatch(action -> action.articleSlug() == null);
        }

        navigate(language.code() + "/themes/" + story.themeSlug(language), ThemeView.class);

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
                                    : List.of(Addresses.article(language, action.articleSlug())));
        }
    }

    @Test
    @Transactional
    @WithMockUser(roles = "EDITOR")
    void anActionWrittenInAnotherLanguageIsShownMarkedWithItsLanguage() {
        timelineEditing.save(new TimelineEntryDraft(
                null,
                0,
                story.themeId(),
                2099,
                null,
                Map.of(Language.NL, "Alleen in het Nederlands geschreven"),
                null));

        navigate("en/themes/" + story.themeSlug(Language.EN), ThemeView.class);

        var text = Jsoup.parseBodyFragment(shownHtml())
                .select(".timeline-action p:contains(Alleen in het Nederlands geschreven)")
                .first();
        assertThat(text.attr("lang")).isEqualTo("nl");
        assertThat(text.select(".timeline-language").text()).isEqualTo("Nederlands");
    }
}
