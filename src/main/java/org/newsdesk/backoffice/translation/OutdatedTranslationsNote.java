package org.newsdesk.backoffice.translation;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.newsdesk.base.web.Addresses;
import org.newsdesk.translation.TranslationOverview;
import org.newsdesk.translation.TranslationState;

/**
 * How many published versions on the site no longer follow their source, per language, each count a link to
 * them in the translation overview: "Outdated on the site: Français 2 · Deutsch 1".
 */
public class OutdatedTranslationsNote extends Paragraph {

    private final TranslationOverview overview;

    public OutdatedTranslationsNote(TranslationOverview overview) {
        this.overview = overview;
        addClassName("outdated-translations-note");
    }

    /** Counts again: views call it on every visit. */
    public void refresh() {
        removeAll();
        var outdated = overview.outdatedOnTheSite();
        if (outdated.isEmpty()) {
            setText(getTranslation("translations.outdatedOnTheSite.none"));
            return;
        }
        add(new Span(getTranslation("translations.outdatedOnTheSite") + " "));
        var first = true;
        for (var each : outdated.entrySet()) {
            if (!first) {
                add(new Span(" · "));
            }
            first = false;
            var link = new Anchor(
                    Addresses.translations(
                            each.getKey(), TranslationOverviewView.parameterOf(TranslationState.OUTDATED)),
                    getTranslation(each.getKey().locale(), "language.name") + " " + each.getValue());
            link.addClassName("outdated-count");
            add(link);
        }
    }
}
