package org.newsdesk.site.news;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.i18n.I18NProvider;
import org.jsoup.nodes.Element;
import org.newsdesk.article.ArticleCard;
import org.newsdesk.article.ArticleService;
import org.newsdesk.article.NewsPage;
import org.newsdesk.article.NewsQuery;
import org.newsdesk.base.Formats;
import org.newsdesk.base.Language;
import org.newsdesk.featured.FeaturedNews;
import org.newsdesk.search.SearchHighlight;
import org.newsdesk.site.html.ArticleHtml;
import org.newsdesk.theme.Theme;
import org.newsdesk.theme.ThemeService;

/**
 * What one address of the news grid shows, the same for the live view and the first response: the heading, the
 * filter form, on a later page the way back to the newest news, one page of cards, and what to say when there are
 * none. It lives for one response: the live view keeps only the query and the cursor (see {@link NewsGridView}).
 *
 * @param query    what the address asks of the news, with the theme found by its slug, leaving out the featured
 *                 articles
 * @param featured the featured articles (of the theme, if one is chosen), shown before the newest news on the first
 *                 page of the grid and of a theme's news; never with a search or a year, whose pages list every
 *                 match in order
 */
public record NewsGridContent(
        Language language,
        NewsAddress address,
        NewsQuery query,
        List<ArticleCard> featured,
        NewsPage page,
        List<Theme> themes,
        List<Integer> years) {

    /** Cards per page, in the first response and each time the live view loads more. */
    public static final int PAGE_SIZE = 12;

    public static NewsGridContent load(
            ArticleService articles,
            ThemeService themes,
            FeaturedNews featuredNews,
            Language language,
            NewsAddress address) {
        var theme = Optional.ofNullable(address.themeSlug()).flatMap(slug -> themes.bySlug(language, slug));
        var selection = new NewsQuery(address.text(), theme.map(Theme::id).orElse(null), address.year());
        var unknownTheme = address.themeSlug() != null && theme.isEmpty();
        var featured = unknownTheme || selection.isSearch() || selection.year() != null
                ? List.<ArticleCard>of()
                : theme.map(chosen -> featuredNews.shownOfTheme(language, chosen.id()))
                        .orElseGet(() -> featuredNews.shown(language));
        // Later pages leave the featured articles out as well: they were shown first, on the first page.
        var query =
                selection.without(featured.stream().map(ArticleCard::articleId).toList());
        var page = unknownTheme
                ? new NewsPage(List.of(), Optional.empty())
                : articles.news(language, query, address.before(), PAGE_SIZE);
        return new NewsGridContent(
                language,
                address,
                query,
                address.isPaged() ? List.of() : featured,
                page,
                themes.all(language),
                articles.publicationYears(language));
    }

    /** A page of the grid's cards, with the words a search found marked in their teasers. */
    public static Element cards(NewsPage page, Language language, NewsQuery query) {
        return ArticleHtml.cards(page.cards(), language, "news-grid", "h2", SearchHighlight.of(language, query.text()));
    }

    /** The featured cards, for the top of the grid; empty when none is shown here. */
    public Optional<Element> featuredCards() {
        return featured.isEmpty() ? Optional.empty() : Optional.of(ArticleHtml.featuredCards(featured, language, "h2"));
    }

    public String heading() {
        return query.isSearch() ? translate("grid.searchTitle", query.text()) : translate("grid.title");
    }

    /**
     * The filter form and, on a later page, the link back to the newest news of the same selection.
     *
     * @param idPrefix see {@link NewsFilterForm#render}
     */
    public List<Element> controls(String idPrefix) {
        var controls = new ArrayList<Element>();
        controls.add(NewsFilterForm.render(language, address, themes, years, idPrefix));
        if (address.isPaged()) {
            var newest = new Element("p").addClass("news-newest");
            newest.appendElement("a")
                    .addClass("back-link")
                    .attr("href", address.newest().href(language))
                    .attr("router-link", "")
                    .text(translate("grid.newest"));
            controls.add(newest);
        }
        return controls;
    }

    /** Empty when the page has cards, or when the search stopped short (see {@link #searchStopped}). */
    public Optional<String> emptyText() {
        if (!page.cards().isEmpty()
                || !featured.isEmpty()
                || page.searchedBackTo().isPresent()) {
            return Optional.empty();
        }
        // A later page can come up empty when the news it continued after has gone since the link was made.
        return Optional.of(
                translate(address.isPaged() ? "grid.noOlder" : address.isFiltered() ? "grid.noMatch" : "grid.empty"));
    }

    /** The next page as a plain link, for visitors and crawlers without scripts; empty on the last page. */
    public Optional<Element> nextLink() {
        return page.next()
                .map(cursor -> new Element("a")
                        .addClass("more-news-button")
                        .attr("rel", "next")
                        .attr("href", address.after(cursor).href(language))
                        .text(moreText(page, language)));
    }

    /**
     * How far back a search of only very common words looked before it stopped short of a full page: older
     * articles may still match, and "more" searches on from there.
     */
    public static Optional<String> searchStopped(NewsPage page, Language language) {
        return page.searchedBackTo()
                .map(date ->
                        I18NProvider.translate(language.locale(), "grid.searchStopped", Formats.date(date, language)));
    }

    /** "More news", or, after a search that stopped short, "search older news". */
    static String moreText(NewsPage page, Language language) {
        return I18NProvider.translate(
                language.locale(), page.searchedBackTo().isPresent() ? "grid.searchOlder" : "grid.more");
    }

    private String translate(String key, Object... parameters) {
        return I18NProvider.translate(language.locale(), key, parameters);
    }
}
