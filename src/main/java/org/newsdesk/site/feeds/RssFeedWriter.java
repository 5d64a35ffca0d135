package org.newsdesk.site.feeds;

import java.util.Date;
import java.util.List;

import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import com.vaadin.flow.i18n.I18NProvider;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.jsoup.nodes.Entities;
import org.newsdesk.article.ArticleCard;
import org.newsdesk.base.Language;
import org.newsdesk.base.SiteTime;
import org.newsdesk.base.web.Addresses;
import org.newsdesk.base.web.PublicSiteUrl;
import org.newsdesk.seo.ThemeFeed;
import org.springframework.stereotype.Component;

/**
 * Writes RSS 2.0 documents. The channel texts come from the interface bundles through the I18NProvider bean,
 * because I18NProvider.translate needs a Vaadin request and feeds are served by Spring MVC.
 */
@Component
class RssFeedWriter {

    private static final Namespace ATOM = Namespace.getNamespace("atom", "http://www.w3.org/2005/Atom");

    private final I18NProvider texts;
    private final SiteTime siteTime;

    RssFeedWriter(I18NProvider texts, SiteTime siteTime) {
        this.texts = texts;
        this.siteTime = siteTime;
    }

    String languageFeed(Language language, List<ArticleCard> items, PublicSiteUrl site) {
        return write(
                language,
                text(language, "feed.title"),
                text(language, "feed.description"),
                site.of(Addresses.news(language)),
                items,
                site);
    }

    String themeFeed(Language language, ThemeFeed theme, PublicSiteUrl site) {
        return write(
                language,
                text(language, "feed.theme.title", theme.themeName()),
                text(language, "feed.theme.description", theme.themeName()),
                site.of(Addresses.theme(language, theme.themeSlug())),
                theme.items(),
                site);
    }

    private String write(
            Language language,
            String title,
            String description,
            String link,
            List<ArticleCard> items,
            PublicSiteUrl site) {
        var feed = new SyndFeedImpl();
        feed.setFeedType("rss_2.0");
        feed.setEncoding("UTF-8");
        feed.setLanguage(language.code());
        feed.setTitle(title);
        // Readers show the channel's description as HTML too, and a theme feed's names the theme.
        feed.setDescription(Entities.escape(description));
        feed.setLink(link);
        feed.setEntries(items.stream().map(item -> entry(language, item, site)).toList());
        try {
            return new SyndFeedOutput().outputString(feed, true);
        } catch (FeedException incompleteFeed) {
            throw new IllegalStateException("Cannot write the " + language.code() + " feed", incompleteFeed);
        }
    }

    /** With a link and no URI, ROME makes the link the item's guid with isPermaLink="true". */
    private SyndEntry entry(Language language, ArticleCard item, PublicSiteUrl site) {
        var entry = new SyndEntryImpl();
        entry.setTitle(item.title());
        entry.setLink(site.of(Addresses.article(language, item.slug())));
        // An article has a date, no time: the moment its day begins on the site's clocks (RSS writes it in GMT).
        entry.setPublishedDate(
                Date.from(item.publicationDate().atStartOfDay(siteTime.zone()).toInstant()));
        // Feed readers take an RSS description for HTML whatever its type says: the teaser, plain text that anyone
        // may have typed markup into, goes in escaped, so that readers show it as written and run none of it.
        var teaser = new SyndContentImpl();
        teaser.setType("text/html");
        teaser.setValue(Entities.escape(item.teaser()));
        entry.setDescription(teaser);
        // RSS 2.0 has no date of change; feed readers take Atom's, which names the day and time of the latest
        // correction or update.
        if (item.updatedAt() != null) {
            var updated = new Element("updated", ATOM);
            updated.setText(
                    item.updatedAt().atZone(siteTime.zone()).toOffsetDateTime().toString());
            entry.setForeignMarkup(List.of(updated));
        }
        if (item.themeName() != null) {
            var theme = new SyndCategoryImpl();
            theme.setName(item.themeName());
            entry.setCategories(List.of(theme));
        }
        return entry;
    }

    private String text(Language language, String key, Object... parameters) {
        return texts.getTranslation(key, language.locale(), parameters);
    }
}
