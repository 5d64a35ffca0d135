package org.newsdesk.backoffice.article;

import java.time.Clock;
import java.time.Instant;
import java.util.function.UnaryOperator;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.newsdesk.backoffice.layout.FieldProblems;
import org.newsdesk.base.Language;
import org.newsdesk.base.Rejected;
import org.newsdesk.base.SiteTime;
import org.newsdesk.previewlink.PreviewLink;
import org.newsdesk.previewlink.PreviewLinks;

/**
 * The preview links of one language version: who made each, until when it opens, how often it was opened, and a way
 * to revoke it; and a new link, whose address is shown once, right after it is made, because only a hash of it is
 * kept. Anyone with the address reads the version as stored, without an account.
 */
class PreviewLinksDialog extends Dialog {

    private final PreviewLinks links;
    private final long articleId;
    private final Language language;
    private final SiteTime siteTime;
    private final Clock clock;
    private final Grid<PreviewLink> grid = new Grid<>();
    private final Paragraph none = new Paragraph();
    private final Div created = new Div();

    /** @param absolute makes a site-relative address absolute, for pasting into an e-mail */
    PreviewLinksDialog(
            PreviewLinks links,
            long articleId,
            Language language,
            SiteTime siteTime,
            Clock clock,
            UnaryOperator<String> absolute) {
        this.links = links;
        this.clock = clock;
        this.articleId = articleId;
        this.language = language;
        this.siteTime = siteTime;
        addClassName("preview-links-dialog");
        setHeaderTitle(getTranslation("previewLinks.title", getTranslation(language.locale(), "language.name")));
        setWidth("min(64rem, 95vw)");
        var help = new Paragraph(getTranslation("previewLinks.help"));
        var valid = links.validDays();
        var days = new IntegerField(getTranslation("previewLinks.days"));
        days.setMin(1);
        days.setMax(valid.longest());
        days.setValue(valid.usual());
        days.setStepButtonsVisible(true);
        days.setHelperText(getTranslation("previewLinks.daysHelp", valid.longest()));
        var create = new Button(getTranslation("previewLinks.create"), click -> create(days, absolute));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new HorizontalLayout(days, create);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        created.addClassName("preview-link-created");
        created.setVisible(false);
        none.setText(getTranslation("previewLinks.none"));
        grid.addClassName("preview-links");
        grid.addColumn(PreviewLink::createdBy).setKey("createdBy").setHeader(getTranslation("previewLinks.createdBy"));
        grid.addColumn(link -> dateTime(link.createdAt()))
                .setKey("createdAt")
                .setHeader(getTranslation("previewLinks.createdAt"));
        grid.addColumn(link -> dateTime(link.expiresAt()))
                .setKey("expiresAt")
                .setHeader(getTranslation("previewLinks.expiresAt"));
        grid.addColumn(this::state).setKey("state").setHeader(getTranslation("previewLinks.state"));
        grid.addColumn(link -> getTranslation(
                        "previewLinks.opened",
                        link.openCount(),
                        link.lastOpenedAt() == null ? "" : dateTime(link.lastOpenedAt())))
                .setKey("opened")
                .setHeader(getTranslation("previewLinks.openedHeader"));
        grid.addColumn(PreviewLink::commentCount).setKey("comments").setHeader(getTranslation("previewLinks.comments"));
        grid.addComponentColumn(this::revokeButton).setKey("revoke").setHeader(getTranslation("previewLinks.actions"));
        grid.setAllRowsVisible(true);
        add(help, form, created, none, grid);
        getFooter().add(new Button(getTranslation("previewLinks.close"), click -> close()));
        refresh();
    }

    private void create(IntegerField days, UnaryOperator<String> absolute) {
        try {
            var link = links.create(articleId, language, days.getValue() == null ? 0 : days.getValue());
            FieldProblems.show(days, null);
            var address = new TextField(getTranslation("previewLinks.address"));
            address.addClassName("preview-link-address");
            address.setValue(absolute.apply(link.path()));
            address.setReadOnly(true);
            address.setWidthFull();
            address.setHelperText(getTranslation("previewLinks.onlyNow"));
            var copy = new Button(getTranslation("previewLinks.copy"), click -> {
                address.getElement().executeJs("navigator.clipboard.writeText($0)", address.getValue());
                click.getSource().setText(getTranslation("previewLinks.copied"));
            });
            var row = new HorizontalLayout(address, copy);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            row.setWidthFull();
            created.removeAll();
            created.add(row);
            created.setVisible(true);
            refresh();
        } catch (Rejected rejected) {
            FieldProblems.show(days, rejected.problems().values().iterator().next());
        }
    }

    private void refresh() {
        var all = links.of(articleId, language);
        grid.setItems(all);
        grid.setVisible(!all.isEmpty());
        none.setVisible(all.isEmpty());
    }

    private String state(PreviewLink link) {
        if (link.revokedAt() != null) {
            return getTranslation("previewLinks.revokedAt", dateTime(link.revokedAt()));
        }
        return getTranslation(link.opensAt(clock.instant()) ? "previewLinks.opens" : "previewLinks.expired");
    }

    private Component revokeButton(PreviewLink link) {
        if (!link.opensAt(clock.instant())) {
            return new Span();
        }
        var revoke = new Button(getTranslation("previewLinks.revoke"), click -> {
            try {
                links.revoke(link.id());
            } catch (Rejected goneMeanwhile) {
                // Someone deleted the article meanwhile: the list below says what is left.
            }
            refresh();
        });
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        return revoke;
    }

    private String dateTime(Instant moment) {
        return siteTime.dateTime(moment, getLocale());
    }
}
