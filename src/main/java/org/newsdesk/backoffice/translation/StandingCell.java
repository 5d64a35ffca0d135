package org.newsdesk.backoffice.translation;

import java.util.Locale;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.newsdesk.base.Formats;
import org.newsdesk.base.Language;
import org.newsdesk.base.PublicationStatus;
import org.newsdesk.base.SiteTime;
import org.newsdesk.translation.VersionStanding;

/**
 * Where one language version stands: "Published" above "⚠ Outdated since 2 Dec 2026, 10:15", "✓ Up to date with nl"
 * or "Original", and how many visitors read it; or "Missing". Clicking its cell opens the editor on that language (see the overview).
 */
class StandingCell extends Div {

    StandingCell(VersionStanding version, SiteTime siteTime) {
        addClassName("standing");
        var stored = version.status();
        if (stored == null) {
            addClassName("standing-missing");
            add(new Span(getTranslation("translations.state.MISSING")));
            return;
        }
        var status = new Span(getTranslation("status." + stored.name()));
        status.addClassNames("standing-status", "state-" + stored.name().toLowerCase(Locale.ROOT));
        var following = new Span(following(version, siteTime));
        following.addClassName("standing-source");
        if (version.isOutdated()) {
            addClassName("standing-outdated");
        }
        add(status, following);
        if (stored == PublicationStatus.PUBLISHED || version.views() > 0) {
            var views = new Span(getTranslation(
                    "article.views",
                    Formats.count(version.views(), Language.fromLocale(getLocale())),
                    version.views()));
            views.addClassName("standing-views");
            add(views);
        }
    }

    private String following(VersionStanding version, SiteTime siteTime) {
        var source = version.source();
        var since = version.outdatedSince();
        if (source == null) {
            return getTranslation("translations.original");
        }
        if (since != null) {
            return getTranslation("translations.outdatedSince", siteTime.dateTime(since, getLocale()));
        }
        return getTranslation("translations.upToDate", source.code());
    }
}
