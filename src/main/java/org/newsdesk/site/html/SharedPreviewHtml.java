package org.newsdesk.site.html;

import java.util.List;

import com.vaadin.flow.i18n.I18NProvider;
import org.jsoup.nodes.Element;
import org.newsdesk.base.SiteTime;
import org.newsdesk.base.web.Addresses;
import org.newsdesk.previewlink.SharedVersion;
import org.newsdesk.theme.TimelineYear;

/**
 * What a preview link shows, for its live view and its first response alike: a banner that says the version is not
 * published and until when the link opens it, then the version as the public page would show it.
 */
public final class SharedPreviewHtml {

    private SharedPreviewHtml() {}

    /** @param timeline empty when the article's theme has none */
    public static Element preview(SharedVersion shared, List<TimelineYear> timeline, SiteTime siteTime) {
        var page = shared.page();
        var locale = page.language().locale();
        var preview = new Element("div").addClass("shared-preview-content");
        preview.appendElement("p")
                .addClass("preview-banner")
                .text(I18NProvider.translate(
                        locale, "sharedPreview.banner", siteTime.dateTime(shared.expiresAt(), locale)));
        var article = ArticleHtml.article(page, timeline, Addresses.news(page.language()));
        // Not public yet, the version's image and documents come only to who holds the link.
        article.select("img.article-hero")
                .forEach(image -> image.attr("src", Addresses.sharedFile(image.attr("src"), shared.token())));
        article.select(".article-attachments a")
                .forEach(link -> link.attr("href", Addresses.sharedFile(link.attr("href"), shared.token())));
        preview.appendChild(article);
        return preview;
    }
}
