package org.newsdesk.site.article;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.newsdesk.article.ArticleService;
import org.newsdesk.article.NewsQuery;
import org.newsdesk.base.Language;
import org.newsdesk.site.PublicPageTest;
import org.newsdesk.site.error.MissingLanguageView;
import org.newsdesk.site.error.NotFoundView;
import org.springframework.beans.factory.annotation.Autowired;

/** The public article page as a visitor uses it, on the demo content in a real MariaDB. */
class ArticleViewTest extends PublicPageTest {

    @Autowired
    ArticleService articles;

    @Test
    void articlePageShowsTheArticleItsThemesTimelineAndItsTranslations() {
        var card = articles.news(Language.NL, new NewsQuery("Werelddag mensenhandel", null, null), null, 1)
                .cards()
                .getFirst();
        var page = articles.published(Language.NL, card.slug()).orElseThrow();

        navigate("nl/news/" + card.slug(), ArticleView.class);

        var html = shownHtml();
        assertThat(Jsoup.parseBodyFragment(html).select("h1").text()).isEqualTo(card.title());
        assertThat(html)
                .contains(Jsoup.parse(page.bodyHtml())
                        .select("blockquote p")
                        .first()
                        .html());
        var years = Jsoup.parseBodyFragment(html).select(".timeline-year-label").eachText();
        assertThat(years).startsWith("In 2021").contains("In 2016").isSortedAccordingTo((a, b) -> b.compareTo(a));
        var switchLinks = Jsoup.parseBodyFragment(shownHtml())
                .select(".language-switch a")
                .eachAttr("href");
        page.translations()
                .forEach((language, slug) -> assertThat(switchLinks).contains(language.code() + "/news/" + slug));
    }

    @Test
    void backLinkReturnsToTheFilteredGrid() {
        navigate("nl", "year=2021");
        var slug = articles.news(Language.NL, new NewsQuery("", null, 2021), null, 1)
                .cards()
                .getFirst()
                .slug();

        navigate("nl/news/" + slug, ArticleView.class);

        assertThat(Jsoup.parseBodyFragment(shownHtml()).select("a.back-link").attr("href"))
                .isEqualTo("nl/?year=2021");
    }

    @Test
    void unknownArticleShowsTheFriendlyNotFoundPageInTheVisitorsLanguage() {
        navigate("de/news/this-article-does-not-exist", NotFoundView.class);

        var shown = Jsoup.parseBodyFragment(shownHtml());
        assertThat(shown.select("h1").text()).isEqualTo("Seite nicht gefunden");
        assertThat(shown.select("a").attr("href")).isEqualTo("de/");
    }

    @Test
    void anArticleInALanguageItLacksShowsTheLanguagesItHas() {
        var page = articles.published(Language.EN, "benelux-ministers-sign-declaration-against-human-trafficking")
                .orElseThrow();
        assertThat(page.translations()).doesNotContainKey(Language.DE);

        navigate("de/news/" + page.slug(), MissingLanguageView.class);

        var shown = Jsoup.parseBodyFragment(shownHtml());
        assertThat(shown.select("h1").text()).isEqualTo("Diesen Artikel gibt es nicht auf Deutsch");
        assertThat(shown.select(".available-languages a").eachAttr("hreflang"))
                .containsExactlyElementsOf(page.translations().keySet().stream()
                        .map(Language::code)
                        .toList());
        assertThat(shown.select(".language-switch a[hreflang=en]").attr("href")).isEqualTo("en/news/" + page.slug());
    }

    @Test
    void anotherLanguagesSlugForwardsToThisLanguagesAddress() {
        var page = articles.published(Language.EN, "benelux-ministers-sign-declaration-against-human-trafficking")
                .orElseThrow();

        navigate("nl/news/" + page.slug(), ArticleView.class);

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("nl/news/" + page.translations().get(Language.NL));
        assertThat(Jsoup.parseBodyFragment(shownHtml()).select(".article h1").text())
                .isEqualTo(articles.published(Language.NL, page.translations().get(Language.NL))
                        .orElseThrow()
                        .title());
    }
}
