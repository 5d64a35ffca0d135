package org.newsdesk.backoffice.article;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.newsdesk.article.VersionState;
import org.newsdesk.base.PublicationStatus;
import org.newsdesk.base.SiteTime;

/**
 * Each language version's state on a line of its own: "nl ● Published", "fr ◷ Scheduled 14 Dec 2026, 14:00", and
 * "outdated" after a translation whose source changed since, "published without review" until someone reviewed it.
 */
class VersionStates extends Div {

    VersionStates(List<VersionState> versions, SiteTime siteTime) {
        addClassName("version-states");
        for (var version : versions) {
            var symbol = new Span(symbolOf(version));
            symbol.getElement().setAttribute("aria-hidden", "true");
            symbol.addClassName("version-state-symbol");
            var code = new Span(version.language().code());
            code.addClassName("version-state-language");
            code.getElement()
                    .setAttribute("title", getTranslation(version.language().locale(), "language.name"));
            var state = new Span(describe(version, siteTime));
            var line = new Span(code, symbol, state);
            if (version.unreviewed()) {
                var unreviewed = new Span(getTranslation("review.unreviewed"));
                unreviewed.addClassName("version-state-unreviewed");
                line.add(unreviewed);
            }
            if (version.outdated()) {
                var outdated = new Span(getTranslation("status.OUTDATED_TRANSLATION"));
                outdated.addClassName("version-state-outdated");
                line.add(outdated);
            }
            line.addClassNames(
                    "version-state",
                    "state-"
                            + (version.overdue()
                                    ? "overdue"
                                    : version.status().name().toLowerCase(Locale.ROOT)));
            add(line);
        }
    }

    private String describe(VersionState version, SiteTime siteTime) {
        if (version.overdue()) {
            return getTranslation("status.OVERDUE");
        }
        if (version.status() == PublicationStatus.SCHEDULED && version.publishAt() != null) {
            return getTranslation(
                    "admin.state.scheduledAt", siteTime.dateTimeWithZone(version.publishAt(), getLocale()));
        }
        return getTranslation("status." + version.status().name());
    }

    private static String symbolOf(VersionState version) {
        if (version.overdue()) {
            return "⚠";
        }
        return switch (version.status()) {
            case DRAFT -> "○";
            case IN_REVIEW -> "◐";
            case SCHEDULED -> "◷";
            case PUBLISHED -> "●";
            case WITHDRAWN -> "◍";
            case UNPUBLISHED -> "⊘";
            case ARCHIVED -> "▪";
        };
    }
}
