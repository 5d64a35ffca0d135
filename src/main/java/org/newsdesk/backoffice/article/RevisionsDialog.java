package org.newsdesk.backoffice.article;

import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.newsdesk.base.SiteTime;
import org.newsdesk.base.ui.BrowserHtml;
import org.newsdesk.editorial.Revision;
import org.newsdesk.editorial.RevisionKind;
import org.newsdesk.editorial.VersionDraft;

/**
 * The saved states of one language version: who saved each and when, what changed between it and the text in the
 * editor now, and a way back to it. Restoring fills the editor with the revision's text, never its publication
 * state; saving then stores it as a new revision.
 */
class RevisionsDialog extends Dialog {

    private final Div comparison = new Div();

    RevisionsDialog(List<Revision> revisions, VersionDraft current, SiteTime siteTime, Consumer<VersionDraft> restore) {
        setHeaderTitle(getTranslation("revisions.title"));
        setWidth("min(64rem, 95vw)");
        var restoreButton = new Button(getTranslation("revisions.restore"));
        restoreButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        restoreButton.setEnabled(false);
        if (revisions.isEmpty()) {
            add(new Paragraph(getTranslation("revisions.none")));
        } else {
            var grid = new Grid<Revision>();
            grid.addColumn(revision -> siteTime.dateTime(revision.savedAt(), getLocale()))
                    .setHeader(getTranslation("revisions.savedAt"));
            grid.addColumn(Revision::savedBy).setHeader(getTranslation("revisions.savedBy"));
            grid.addColumn(revision -> revision.kind() == RevisionKind.CONFIRMED
                            ? getTranslation("revisions.kind.CONFIRMED")
                            : getTranslation(
                                    "status." + revision.version().status().name()))
                    .setHeader(getTranslation("editor.status"));
            grid.setItems(revisions);
            grid.setAllRowsVisible(true);
            grid.asSingleSelect().addValueChangeListener(selected -> {
                restoreButton.setEnabled(selected.getValue() != null);
                showComparison(selected.getValue(), current);
            });
            restoreButton.addClickListener(click -> {
                restore.accept(grid.asSingleSelect().getValue().version());
                close();
            });
            var keepsState = new Paragraph(getTranslation(
                    "revisions.keepsState",
                    getTranslation("status." + current.status().name())));
            keepsState.addClassName("revisions-keeps-state");
            add(grid, keepsState, comparison);
        }
        getFooter().add(new Button(getTranslation("revisions.close"), click -> close()), restoreButton);
    }

    private void showComparison(Revision revision, VersionDraft current) {
        comparison.removeAll();
        if (revision != null) {
            comparison.add(new Html(BrowserHtml.compact(VersionComparison.between(
                    revision.version(), current, getTranslation("revisions.legend"), this::getTranslation))));
        }
    }
}
