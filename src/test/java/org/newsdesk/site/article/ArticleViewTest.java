package org.newsdesk.site.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.newsdesk.article.ArticleService;
import org.newsdesk.article.NewsQuery;
import org.newsdesk.base.Language;
import org.newsdesk.site.PublicPageTest;
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
}
