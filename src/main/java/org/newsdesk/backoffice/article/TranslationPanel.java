package org.newsdesk.backoffice.article;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;
import org.newsdesk.base.Language;
import org.newsdesk.base.SiteTime;
import org.newsdesk.base.text.TextDiff;
import org.newsdesk.base.ui.BrowserHtml;
import org.newsdesk.editorial.Translation;
import org.newsdesk.editorial.VersionDraft;

/**
 * Above a translation's fields: the language it is translated from, and once that language's text changed, since
 * when, what changed word by word, and a way to say the translation still holds.
 */
class TranslationPanel extends Div {

    private final SiteTime siteTime;
    private final Select<Optional<Language>> source = new Select<>();
    private final Div outdated = new Div();
    private final Button stillCorrect;
    private boolean showing;

    /**
     * @param chooseSource says this version is translated from another language, or an original (empty)
     * @param confirm      says this outdated version still says what its source says now
     */
    TranslationPanel(
            Language language,
            SiteTime siteTime,
            BiConsumer<Language, Optional<Language>> chooseSource,
            Consumer<Language> confirm) {
        this.siteTime = siteTime;
        addClassName("translation-panel");
        source.setLabel(getTranslation("translation.source"));
        source.setItemLabelGenerator(
                choice -> choice.map(this::languageName).orElse(getTranslation("translation.original")));
        source.addValueChangeListener(change -> {
            if (change.isFromClient() && showing) {
                chooseSource.accept(language, change.getValue());
            }
        });
        outdated.addClassName("translation-outdated");
        outdated.getElement().setAttribute("role", "status");
        stillCorrect = new Button(getTranslation("translation.confirm"), click -> confirm.accept(language));
        stillCorrect.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        stillCorrect.addClassName("translation-confirm");
        outdated.add(new Paragraph(), new Div(), stillCorrect);
        add(source, outdated);
        setVisible(false);
    }

    /**
     * @param translation what this version follows, or null for an original
     * @param sourceNow   the source's text as stored now, when there is a source
     * @param others      the other languages the article has, any of which it may follow
     */
    void show(@Nullable Translation translation, @Nullable VersionDraft sourceNow, List<Language> others) {
        showing = false;
        var choices = new ArrayList<Optional<Language>>();
        choices.add(Optional.empty());
        others.stream().map(Optional::of).forEach(choices::add);
        source.setItems(choices);
        source.setValue(translation == null ? Optional.empty() : Optional.of(translation.source()));
        setVisible(!others.isEmpty());
        var since = translation == null ? null : translation.outdatedSince();
        outdated.setVisible(since != null && sourceNow != null);
        if (translation != null && since != null && sourceNow != null) {
            describeOutdated(translation, since, sourceNow);
        }
        showing = true;
    }

    /** Where the version comes from stays in view; saying so, or that it is still correct, is for its writers. */
    void setReadOnly(boolean readOnly) {
        source.setReadOnly(readOnly);
        stillCorrect.setVisible(!readOnly);
    }

    private void describeOutdated(Translation translation, Instant since, VersionDraft sourceNow) {
        ((Paragraph) outdated.getComponentAt(0))
                .setText(getTranslation(
                        "translation.outdated",
                        languageName(translation.source()),
                        siteTime.dateTime(since, getLocale())));
        var changes = (Div) outdated.getComponentAt(1);
        changes.removeAll();
        var then = translation.sourceThen();
        if (then == null) {
            changes.add(new Paragraph(getTranslation("translation.noEarlierText")));
            return;
        }
        var html = new Element("div").addClass("source-changes");
        html.attr("lang", translation.source().code());
        section(html, "editor.title", then.title(), sourceNow.title());
        section(html, "editor.teaser", then.teaser(), sourceNow.teaser());
        section(html, "editor.body", then.body(), sourceNow.body());
        changes.add(new Html(BrowserHtml.compact(html)));
    }

    /** Only what changed: a translator reads the changed sentences, not the whole text again. */
    private void section(Element html, String labelKey, String then, String now) {
        if (then.equals(now)) {
            return;
        }
        html.appendElement("h4").attr("lang", getLocale().getLanguage()).text(getTranslation(labelKey));
        var words = html.appendElement("p").addClass("word-diff");
        for (var run : TextDiff.wordsBetween(then, now)) {
            switch (run.change()) {
                case SAME -> words.appendText(run.text());
                case REMOVED -> words.appendElement("del").text(run.text());
                case ADDED -> words.appendElement("ins").text(run.text());
            }
        }
    }

    private String languageName(Language other) {
        return getTranslation(other.locale(), "language.name");
    }
}
