package org.newsdesk.site.html;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.vaadin.flow.i18n.I18NProvider;
import org.jsoup.nodes.Element;
import org.newsdesk.article.ArticlePage;
import org.newsdesk.base.web.Addresses;
import org.newsdesk.base.web.PublicSiteUrl;

/**
 * Ways to pass an article on: by mail and on the networks public bodies post on. Plain links that open the
 * network's own share page, so a reader's browser loads nothing from those networks until they choose one: no
 * buttons, counters or scripts from third parties that would follow readers across the site.
 */
public final class ShareLinksHtml {

    private static final List<Network> NETWORKS = List.of(
            new Network("LinkedIn", "https://www.linkedin.com/sharing/share-offsite/?url=%1$s"),
            new Network("Facebook", "https://www.facebook.com/sharer/sharer.php?u=%1$s"),
            new Network("X", "https://x.com/intent/post?url=%1$s&text=%2$s"),
            new Network("Bluesky", "https://bsky.app/intent/compose?text=%2$s%%20%1$s"),
            new Network("WhatsApp", "https://wa.me/?text=%2$s%%20%1$s"));

    private ShareLinksHtml() {}

    public static Element links(ArticlePage page, PublicSiteUrl site) {
        var locale = page.language().locale();
        var address = site.of(Addresses.article(page.language(), page.slug()));
        var url = encode(address);
        var title = encode(page.title());
        var share = new Element("nav")
                .addClass("share-links")
                .attr("aria-label", I18NProvider.translate(locale, "share.heading"));
        share.appendElement("h2").text(I18NProvider.translate(locale, "share.heading"));
        var list = share.appendElement("ul");
        list.appendElement("li")
                .appendElement("a")
                .attr("href", "mailto:?subject=" + title + "&body=" + encode(page.teaser() + "\n\n" + address))
                .text(I18NProvider.translate(locale, "share.email"));
        for (var network : NETWORKS) {
            list.appendElement("li")
                    .appendElement("a")
                    .attr("href", network.shareUrl().formatted(url, title))
                    .attr("target", "_blank")
                    .attr("rel", "noopener noreferrer")
                    .attr("aria-label", I18NProvider.translate(locale, "share.on", network.name()))
                    .text(network.name());
        }
        return share;
    }

    /** Percent-encoding that mail programs read too: a space is %20, not the form encoding's "+". */
    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** @param shareUrl a format with the article's address as %1$s and its title as %2$s, both encoded */
    private record Network(String name, String shareUrl) {}
}
