package org.newsdesk.backoffice.article;

import java.util.Objects;
import java.util.function.LongFunction;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;
import org.newsdesk.base.Formats;
import org.newsdesk.base.Language;
import org.newsdesk.base.ui.BrowserHtml;
import org.newsdesk.editorial.ArticleDraft;
import org.newsdesk.editorial.VersionDraft;

/**
 * Someone saved the article while this editor was writing. The editor sees what the other person changed
 * against their own text and what saving would do to each language's publication state, then reloads the other
 * version, keeps editing, or saves their own over it knowingly (the other version stays in the revisions).
 */
class ConflictDialog extends Dialog {

    private final Div changes = new Div();

    /**
     * @param theirs    the article as stored now
     * @param mine      the article as saving it over theirs would store it
     * @param themeName the name of a theme by its id, in the editor's language
     */
    ConflictDialog(
            String otherEditor,
            ArticleDraft theirs,
            ArticleDraft mine,
            LongFunction<String> themeName,
            Runnable reload,
            Runnable saveMine) {
        setHeaderTitle(getTranslation("editor.conflict.title"));
        setWidth("min(64rem, 95vw)");
        changes.addClassName("conflict-changes");
        var seeChanges = new Button(getTranslation("editor.conflict.seeChanges"));
        seeChanges.addClickListener(click -> {
            changes.removeAll();
            changes.add(new Html(BrowserHtml.compact(comparison(theirs, mine, themeName))));
            seeChanges.setEnabled(false);
        });
        add(
                new Paragraph(getTranslation("editor.conflict.text", otherEditor)),
                seeChanges,
                changes,
                statesAfterSaving(theirs, mine));
        var keepEditing = new Button(getTranslation("editor.conflict.keepEditing"), click -> close());
        var overwrite = new Button(getTranslation("editor.conflict.saveMine"), click -> {
            close();
            saveMine.run();
        });
        overwrite.addThemeVariants(ButtonVariant.LUMO_ERROR);
        var reloadTheirs = new Button(getTranslation("editor.conflict.reload"), click -> {
            close();
            reload.run();
        });
        reloadTheirs.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(keepEditing, overwrite, reloadTheirs);
    }

    private Element comparison(ArticleDraft theirs, ArticleDraft mine, LongFunction<String> themeName) {
        var html = new Element("div");
        if (!Objects.equals(theirs.themeId(), mine.themeId())) {
            sharedField(html, "editor.theme", name(theirs.themeId(), themeName), name(mine.themeId(), themeName));
        }
        if (!Objects.equals(theirs.publicationDate(), mine.publicationDate())) {
            sharedField(html, "editor.date", date(theirs), date(mine));
        }
        for (var language : Language.values()) {
            var theirVersion = theirs.versions().getOrDefault(language, VersionDraft.empty());
            var myVersion = mine.versions().getOrDefault(language, VersionDraft.empty());
            if (!theirVersion.equals(myVersion)) {
                html.appendElement("h3").text(getTranslation(language.locale(), "language.name"));
                html.appendChild(VersionComparison.between(
                        theirVersion, myVersion, getTranslation("editor.conflict.legend"), this::getTranslation));
            }
        }
        if (html.childrenSize() == 0) {
            html.appendElement("p").text(getTranslation("editor.conflict.sameText"));
        }
        return html;
    }

    /** What saving over theirs does to each language's publication state, before the editor decides. */
    private Div statesAfterSaving(ArticleDraft theirs, ArticleDraft mine) {
        var states = new UnorderedList();
        for (var language : Language.values()) {
            var myVersion = mine.versions().get(language);
            if (myVersion == null || myVersion.isBlank()) {
                continue;
            }
            var languageName = getTranslation(language.locale(), "language.name");
            var mineState = statusName(myVersion);
            var theirVersion = theirs.versions().get(language);
            states.add(new ListItem(
                    theirVersion == null
                            ? getTranslation("editor.conflict.stateNew", languageName, mineState)
                            : theirVersion.status() == myVersion.status()
                                    ? getTranslation("editor.conflict.stateKept", languageName, mineState)
                                    : getTranslation(
                                            "editor.conflict.stateChanged",
                                            languageName,
                                            statusName(theirVersion),
                                            mineState)));
        }
        var outcome = new Div(new Paragraph(getTranslation("editor.conflict.outcome")), states);
        outcome.addClassName("conflict-states");
        return outcome;
    }

    private String statusName(VersionDraft version) {
        return getTranslation("status." + version.status().name());
    }

    private void sharedField(Element html, String labelKey, String theirs, String mine) {
        html.appendElement("p")
                .text(getTranslation("editor.conflict.sharedField", getTranslation(labelKey), theirs, mine));
    }

    private String date(ArticleDraft article) {
        return article.publicationDate() == null ? "–" : Formats.date(article.publicationDate(), getLocale());
    }

    private String name(@Nullable Long themeId, LongFunction<String> themeName) {
        return themeId == null ? getTranslation("editor.conflict.noTheme") : themeName.apply(themeId);
    }
}
