package org.newsdesk.site.html;

import java.time.LocalDate;
import java.util.List;

import com.vaadin.flow.i18n.I18NProvider;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jspecify.annotations.Nullable;
import org.newsdesk.article.ArticleCard;
import org.newsdesk.article.ArticlePage;
import org.newsdesk.article.Withdrawal;
import org.newsdesk.attachment.Attachment;
import org.newsdesk.base.Formats;
import org.newsdesk.base.Language;
import org.newsdesk.base.web.Addresses;
import org.newsdesk.base.web.PublicSiteUrl;
import org.newsdesk.corrections.PublicChangeNote;
import org.newsdesk.media.HeroImage;
import org.newsdesk.media.Variant;
import org.newsdesk.search.SearchHighlight;
import org.newsdesk.theme.TimelineYear;

/**
 * Renders article content as HTML: the one renderer behind both the views and the pre-rendered first response,
 * so crawlers and visitors get the same markup. A whole list or article becomes a single server-side component
 * instead of a component tree, which keeps every visitor's session small; jsoup escapes all text.
 */
public final class ArticleHtml {

    private ArticleHtml() {}

    /** @param titleTag the heading level of the card titles, so the page keeps a proper outline */
    public static Element cards(List<ArticleCard> cards, Language language, String cssClass, String titleTag) {
        return cards(cards, language, cssClass, titleTag, SearchHighlight.NONE);
    }

    /** @param highlight what of each teaser to mark as found by a search */
    public static Element cards(
            List<ArticleCard> cards, Language language, String cssClass, String titleTag, SearchHighlight highlight) {
        var locale = language.locale();
        var list = new Element("ul").addClass(cssClass);
        for (var card : cards) {
            var href = Addresses.article(language, card.slug());
            var article = list.appendElement("li").appendElement("article").addClass("news-card");
            if (card.heroImage() != null) {
                image(article, card.heroImage(), Variant.CARD)
                        .addClass("news-card-image")
                        .attr("srcset", card.heroImage().path(Variant.CARD_2X) + " 2x")
                        .attr("loading", "lazy");
            }
            var title = article.appendElement(titleTag).addClass("news-card-title");
            title.appendElement("a").attr("href", href).attr("router-link", "").text(card.title());
            var themeHref = card.themeSlug() == null ? null : Addresses.theme(language, card.themeSlug());
            article.appendChild(meta(card.publicationDate(), card.themeName(), themeHref, card.views(), language));
            var teaser = article.appendElement("p").addClass("news-card-teaser");
            for (var part : highlight.parts(card.teaser())) {
                if (part.matched()) {
                    teaser.appendElement("mark").text(part.text());
                } else {
                    teaser.appendText(part.text());
                }
            }
            article.appendElement("a")
                    .addClass("news-card-more")
                    .attr("href", href)
                    .attr("router-link", "")
                    .attr("aria-label", I18NProvider.translate(locale, "card.readMoreAbout", card.title()))
                    .text(I18NProvider.translate(locale, "card.readMore"));
        }
        return list;
    }

    /**
     * The featured articles, as cards marked "featured", in the editors' order: the first cards of a grid, in a list
     * of their own before the newest news (which leaves them out).
     */
    public static Element featuredCards(List<ArticleCard> cards, Language language, String titleTag) {
        var list = cards(cards, language, "news-grid news-featured", titleTag);
        var label = I18NProvider.translate(language.locale(), "card.featured");
        list.select("article.news-card")
                .forEach(card -> card.addClass("news-card-featured")
                        .appendElement("p")
                        .addClass("news-card-badge")
                        .text(label));
        return list;
    }

    /**
     * The article itself: back link, title, date, theme and views, the body, and the theme's timeline.
     *
     * @param timeline empty when the article's theme has none
     */
    public static Element article(ArticlePage page, List<TimelineYear> timeline, String backHref) {
        return article(
                page, timeline, backHref, I18NProvider.translate(page.language().locale(), "article.back"));
    }

    /** @param backLabel the text of the back link, for pages that lead back elsewhere than the news */
    public static Element article(ArticlePage page, List<TimelineYear> timeline, String backHref, String backLabel) {
        var language = page.language();
        var article = new Element("article").addClass("article");
        article.appendElement("a")
                .addClass("back-link")
                .attr("href", backHref)
                .attr("router-link", "")
                .text(backLabel);
        var withdrawal = page.withdrawal();
        if (withdrawal != null) {
            article.appendChild(withdrawalBanner(withdrawal, language));
        }
        article.appendElement("h1").text(page.title());
        var themeHref = page.themeSlug() == null ? null : Addresses.theme(language, page.themeSlug());
        article.appendChild(meta(page.publicationDate(), page.themeName(), themeHref, page.views(), language));
        page.changeNotes().stream()
                .findFirst()
                .ifPresent(latest -> article.appendElement("p")
                        .addClass("article-updated")
                        .appendChild(new TextNode(I18NProvider.translate(language.locale(), "article.updatedOn") + " "))
                        .appendChild(dated(latest.day(), language)));
        if (page.heroImage() != null) {
            image(article, page.heroImage(), Variant.ARTICLE).addClass("article-hero");
        }
        var body = article.appendElement("div").addClass("article-body").append(page.bodyHtml());
        // The page's <base href> is the site's root: a bare "#section-…" would lead there, not to this heading.
        var self = Addresses.article(language, page.slug());
        body.select("a[href^=#]").forEach(link -> link.attr("href", self + link.attr("href")));
        if (!page.attachments().isEmpty()) {
            article.appendChild(attachments(page.attachments(), language));
        }
        if (!page.changeNotes().isEmpty()) {
            article.appendChild(changeNotes(page.changeNotes(), language));
        }
        var themeName = page.themeName();
        if (!timeline.isEmpty() && themeName != null) {
            article.appendChild(TimelineHtml.timeline(timeline, themeName, language, "h2"));
        }
        return article;
    }

    /**
     * The documents of the version: each a download link with its title, then its type and size, so that readers
     * know what they fetch before they do.
     */
    private static Element attachments(List<Attachment> attachments, Language language) {
        var section = new Element("section").addClass("article-attachments");
        section.appendElement("h2").text(I18NProvider.translate(language.locale(), "article.attachments"));
        var list = section.appendElement("ul");
        for (var attachment : attachments) {
            var item = list.appendElement("li");
            item.appendElement("a")
                    .attr("href", attachment.path())
                    .attr("download", attachment.fileName())
                    .text(attachment.title());
            item.appendText(" ");
            item.appendElement("span")
                    .addClass("attachment-facts")
                    .text("(" + attachment.type().name() + ", " + Formats.fileSize(attachment.sizeBytes(), language)
                            + ")");
        }
        return section;
    }

    /** Width and height let the browser reserve the space before the image arrives: no layout shift. */
    private static Element image(Element parent, HeroImage image, Variant variant) {
        return parent.appendElement("img")
                .attr("src", image.path(variant))
                .attr("alt", image.altText())
                .attr("width", Integer.toString(image.width()))
                .attr("height", Integer.toString(image.height()));
    }

    /** Above the title, where no reader misses it: the page is kept for the record, not as news. */
    private static Element withdrawalBanner(Withdrawal withdrawal, Language language) {
        var banner = new Element("div").addClass("withdrawn-banner").attr("role", "note");
        banner.appendElement("p")
                .addClass("withdrawn-banner-title")
                .appendChild(new TextNode(I18NProvider.translate(language.locale(), "article.withdrawnOn") + " "))
                .appendChild(dated(withdrawal.day(), language));
        banner.appendElement("p").addClass("withdrawn-banner-reason").text(withdrawal.reason());
        return banner;
    }

    /** What changed since the article went out, newest first, each with its day and kind. */
    private static Element changeNotes(List<PublicChangeNote> notes, Language language) {
        var locale = language.locale();
        var section = new Element("section").addClass("change-notes");
        section.appendElement("h2").text(I18NProvider.translate(locale, "article.changes"));
        var list = section.appendElement("ul");
        for (var note : notes) {
            var item = list.appendElement("li");
            item.appendChild(dated(note.day(), language));
            item.appendElement("strong")
                    .text(" "
                            + I18NProvider.translate(
                                    locale, "changeKind." + note.kind().name()) + ": ");
            item.appendText(note.text());
        }
        return section;
    }

    private static Element dated(LocalDate day, Language language) {
        return new Element("time").attr("datetime", day.toString()).text(Formats.date(day, language));
    }

    /**
     * A published article as readers get it: the article, the ways to share it and, under it, the news related to
     * it. The live page and the first response both show exactly this.
     *
     * @param site    where the site lives, for the addresses the share links pass on
     * @param related the related news, newest first; none leaves the section out
     */
    public static Element published(
            ArticlePage page,
            List<TimelineYear> timeline,
            String backHref,
            PublicSiteUrl site,
            List<ArticleCard> related) {
        var article = article(page, timeline, backHref).appendChild(ShareLinksHtml.links(page, site));
        if (!related.isEmpty()) {
            var language = page.language();
            var section = article.appendElement("section").addClass("related-news");
            section.appendElement("h2").text(I18NProvider.translate(language.locale(), "article.related"));
            section.appendChild(cards(related, language, "news-grid related-grid", "h3"));
        }
        return article;
    }

    public static Element sidebar(List<ArticleCard> latest, Language language) {
        var locale = language.locale();
        var aside = new Element("aside").addClass("article-sidebar");
        aside.appendElement("h2").text(I18NProvider.translate(locale, "sidebar.title"));
        aside.appendChild(cards(latest, language, "news-list", "h3"));
        aside.appendElement("a")
                .addClass("more-news")
                .attr("href", Addresses.news(language))
                .attr("router-link", "")
                .text(I18NProvider.translate(locale, "sidebar.moreNews"));
        return aside;
    }

    /**
     * Date, theme and view count of an article, as a line of text.
     *
     * @param themeHref where the theme name links to, or null for plain text
     */
    static Element meta(
            LocalDate date, @Nullable String themeName, @Nullable String themeHref, long views, Language language) {
        var meta = new Element("p").addClass("article-meta");
        meta.appendElement("time").attr("datetime", date.toString()).text(Formats.date(date, language));
        if (themeName != null && themeHref != null) {
            meta.appendElement("a")
                    .addClass("article-theme")
                    .attr("href", themeHref)
                    .attr("router-link", "")
                    .text(themeName);
        } else if (themeName != null) {
            meta.appendElement("span").addClass("article-theme").text(themeName);
        }
        meta.appendElement("span")
                .addClass("article-views")
                .text(I18NProvider.translate(
                        language.locale(), "article.views", Formats.count(views, language), views));
        return meta;
    }
}
