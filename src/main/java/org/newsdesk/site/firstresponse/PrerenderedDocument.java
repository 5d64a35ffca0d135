package org.newsdesk.site.firstresponse;

import java.util.LinkedHashMap;
import java.util.Map;

import com.vaadin.flow.i18n.I18NProvider;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.newsdesk.article.ArticlePage;
import org.newsdesk.base.Language;
import org.newsdesk.base.SiteTime;
import org.newsdesk.base.web.PublicSiteUrl;
import org.newsdesk.media.Variant;
import org.newsdesk.site.layout.SiteChrome;
import org.newsdesk.site.layout.SiteSection;
import tools.jackson.databind.json.JsonMapper;

/** Writes a pre-rendered public page into Vaadin's bootstrap document: head tags and visible content. */
final class PrerenderedDocument {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Document document;
    private final PublicSiteUrl site;
    private final SiteTime siteTime;

    PrerenderedDocument(Document document, PublicSiteUrl site, SiteTime siteTime) {
        this.document = document;
        this.site = site;
        this.siteTime = siteTime;
    }

    void apply(PublicPagePrerender.PrerenderedPage page) {
        var locale = page.language().locale();
        var siteName = I18NProvider.translate(locale, "site.name");
        document.title(page.title() + " | " + siteName);
        var head = document.head();
        meta(head, "name", "description", page.description());
        if (page.robots() != null) {
            meta(head, "name", "robots", page.robots());
        }
        var path = page.path();
        if (!page.isError() && path != null) {
            head.appendElement("link").attr("rel", "canonical").attr("href", site.of(path));
            page.alternates()
                    .forEach((language, alternate) -> head.appendElement("link")
                            .attr("rel", "alternate")
                            .attr("hreflang", language.code())
                            .attr("href", site.of(alternate)));
            if (page.alternates().containsKey(Language.DEFAULT)) {
                head.appendElement("link")
                        .attr("rel", "alternate")
                        .attr("hreflang", "x-default")
                        .attr("href", site.of(page.alternates().get(Language.DEFAULT)));
            }
            openGraph(head, page, path, siteName);
        }
        var article = page.article();
        if (article != null && path != null) {
            jsonLd(head, page, article, path, siteName);
        }
        document.body().prependChild(frame(page));
    }

    private void openGraph(Element head, PublicPagePrerender.PrerenderedPage page, String path, String siteName) {
        meta(head, "property", "og:site_name", siteName);
        meta(head, "property", "og:type", page.article() == null ? "website" : "article");
        meta(head, "property", "og:title", page.title());
        meta(head, "property", "og:description", page.description());
        meta(head, "property", "og:url", site.of(path));
        meta(head, "property", "og:locale", openGraphLocale(page.language()));
        if (page.article() != null && page.article().heroImage() != null) {
            var image = page.article().heroImage();
            meta(head, "property", "og:image", site.of(image.path(Variant.ARTICLE)));
            meta(head, "property", "og:image:type", image.format().contentType());
            meta(head, "property", "og:image:width", Integer.toString(image.width()));
            meta(head, "property", "og:image:height", Integer.toString(image.height()));
            meta(head, "property", "og:image:alt", image.altText());
        }
        if (page.article() != null) {
            meta(
                    head,
                    "property",
                    "article:published_time",
                    page.article().publicationDate().toString());
            if (page.article().themeName() != null) {
                meta(head, "property", "article:section", page.article().themeName());
            }
        }
    }

    private void jsonLd(
            Element head, PublicPagePrerender.PrerenderedPage page, ArticlePage article, String path, String siteName) {
        var data = new LinkedHashMap<String, Object>();
        data.put("@context", "https://schema.org");
        data.put("@type", "NewsArticle");
        data.put("headline", article.title());
        data.put("description", article.teaser());
        data.put("inLanguage", page.language().code());
        // The publication day begins at midnight on the site's clocks, with their offset from UTC.
        data.put(
                "datePublished",
                article.publicationDate()
                        .atStartOfDay(siteTime.zone())
                        .toOffsetDateTime()
                        .toString());
        article.updatedAt()
                .ifPresent(updated -> data.put(
                        "dateModified",
                        updated.atZone(siteTime.zone()).toOffsetDateTime().toString()));
        data.put("mainEntityOfPage", site.of(path));
        data.put("publisher", Map.of("@type", "Organization", "name", siteName));
        if (article.themeName() != null) {
            data.put("articleSection", article.themeName());
        }
        if (article.heroImage() != null) {
            data.put("image", site.of(article.heroImage().path(Variant.ARTICLE)));
        }
        // "</" inside a script element would end it early, whatever the JSON says.
        var json = JSON.writeValueAsString(data).replace("</", "<\\/");
        head.appendElement("script").attr("type", "application/ld+json").appendChild(new DataNode(json));
    }

    /** The page as the public layout draws it, marked so that the stylesheet hides it once Vaadin's page is up. */
    private static Element frame(PublicPagePrerender.PrerenderedPage page) {
        var site = new Element("div").id("prerender").addClass("site");
        site.appendChild(SiteChrome.header(page.language(), page.alternates(), SiteSection.of(page.path())));
        site.appendElement("main").addClass("site-main").appendChild(page.content());
        site.appendChild(SiteChrome.footer(page.language()));
        return site;
    }

    private static void meta(Element head, String attribute, String name, String content) {
        head.appendElement("meta").attr(attribute, name).attr("content", content == null ? "" : content);
    }

    private static String openGraphLocale(Language language) {
        return switch (language) {
            case NL -> "nl_BE";
            case FR -> "fr_BE";
            case EN -> "en_GB";
            case DE -> "de_DE";
        };
    }
}
