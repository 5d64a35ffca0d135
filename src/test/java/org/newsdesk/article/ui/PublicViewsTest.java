package org.newsdesk.article.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Nav;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.newsdesk.article.ArticleCard;
import org.newsdesk.article.ArticleService;
import org.newsdesk.base.Language;
import org.newsdesk.base.ui.NotFoundView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The public views as a visitor uses them, on the demo content in a real MariaDB. */
@SpringBootTest
@ViewPackages(packages = "org.newsdesk")
class PublicViewsTest extends SpringBrowserlessTest {

    @Autowired
    ArticleService articles;

    @Test
    void newsGridListsThePublishedArticlesOfItsLanguageNewestFirst() {
        var expected = articles.latest(Language.FR, NewsGridView.PAGE_SIZE);

        navigate("fr", NewsGridView.class);

        assertThat(expected).isNotEmpty();
        assertThat(cardTitles($(Html.class).single()))
                .containsExactlyElementsOf(expected.stream().map(ArticleCard::title).toList());
        assertThat($(H1.class).single().getText()).isEqualTo("Actualités");
    }

    @Test
    void articlePageShowsTheArticleAndOffersItsTranslations() {
        var card = articles.latest(Language.NL, 1).getFirst();
        var page = articles.published(Language.NL, card.slug()).orElseThrow();

        navigate("nl/news/" + card.slug(), ArticleView.class);

        assertThat($(H1.class).single().getText()).isEqualTo(card.title());
        assertThat($(Html.class).all()).anySatisfy(html -> assertThat(html.getInnerHtml())
                .contains(Jsoup.parse(page.bodyHtml()).select("p").first().html()));
        var switchLinks = $(Anchor.class, $(Nav.class).single()).all().stream().map(Anchor::getHref).toList();
        page.translations().forEach((language, slug) ->
                assertThat(switchLinks).contains(language.code() + "/news/" + slug));
    }

    @Test
    void unknownArticleShowsTheFriendlyNotFoundPageInTheVisitorsLanguage() {
        navigate("de/news/this-article-does-not-exist", NotFoundView.class);

        assertThat($(H1.class).single().getText()).isEqualTo("Seite nicht gefunden");
    }

    private static List<String> cardTitles(Html cards) {
        return Jsoup.parseBodyFragment(cards.getInnerHtml()).select(".news-card-title a").eachText();
    }
}
