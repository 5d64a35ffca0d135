package org.newsdesk.backoffice.redirect;

import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.newsdesk.backoffice.layout.FieldProblems;
import org.newsdesk.base.Formats;
import org.newsdesk.base.Language;
import org.newsdesk.base.Rejected;
import org.newsdesk.base.SiteTime;
import org.newsdesk.base.web.Addresses;
import org.newsdesk.redirect.LegacyRedirect;
import org.newsdesk.redirect.LegacyRedirects;
import org.newsdesk.security.Roles;

/**
 * Legacy redirects: an old path (an earlier site's) that leads to an article's language version or a page of the
 * site, with how often each was used. Renamed articles need none: their old addresses keep working by themselves.
 */
@Route(Addresses.REDIRECTS_ROUTE)
@Menu(title = "admin.redirects", order = 4)
@RolesAllowed({Roles.EDITOR, Roles.ADMIN})
class RedirectsView extends VerticalLayout implements HasDynamicTitle {

    private final LegacyRedirects redirects;
    private final SiteTime siteTime;
    private final Grid<LegacyRedirect> grid = new Grid<>();
    private final TextField path = new TextField();
    private final TextField target = new TextField();

    RedirectsView(LegacyRedirects redirects, SiteTime siteTime) {
        this.redirects = redirects;
        this.siteTime = siteTime;
        path.setLabel(getTranslation("redirects.path"));
        path.setPlaceholder("/nieuws/2019/oud-bericht.html");
        path.setHelperText(getTranslation("redirects.path.help"));
        target.setLabel(getTranslation("redirects.target"));
        target.setPlaceholder("/nl/news/…");
        target.setHelperText(getTranslation("redirects.target.help"));
        var add = new Button(getTranslation("redirects.add"), VaadinIcon.PLUS.create(), click -> add());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new FormLayout(path, target, add);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("48rem", 3));
        form.addClassName("redirect-form");

        grid.addComponentColumn(redirect -> wrapping(new Span(redirect.path())))
                .setHeader(getTranslation("redirects.path"))
                .setWidth("12rem")
                .setFlexGrow(2);
        grid.addComponentColumn(this::targetOf)
                .setHeader(getTranslation("redirects.target"))
                .setWidth("12rem")
                .setFlexGrow(2);
        grid.addColumn(redirect -> Formats.count(redirect.hits(), language()))
                .setHeader(getTranslation("redirects.hits"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(redirect -> redirect.lastHitAt() == null
                        ? getTranslation("redirects.never")
                        : siteTime.dateTime(redirect.lastHitAt(), getLocale()))
                .setHeader(getTranslation("redirects.lastHit"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::removeButton)
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setFrozenToEnd(true);
        // Old paths are long: they wrap rather than hide behind an ellipsis, and a phone scrolls the rest sideways.
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("redirects.none"));
        grid.setMinHeight("18rem");
        grid.setSizeFull();

        setSizeFull();
        add(new H1(getTranslation("admin.redirects")), new Paragraph(getTranslation("redirects.intro")), form, grid);
        refresh();
    }

    private Component targetOf(LegacyRedirect redirect) {
        var link = new Anchor(redirect.target().substring(1), redirect.target());
        link.setTarget("_blank");
        if (redirect.article() == null) {
            return wrapping(link);
        }
        var article = redirect.article();
        var title = new Span(article.title() + " (" + article.language().code() + ")");
        title.getElement().setAttribute("lang", article.language().code());
        return wrapping(new Span(title, new Span(" · "), link));
    }

    private static <C extends Component & HasStyle> C wrapping(C text) {
        text.addClassName("redirect-address");
        return text;
    }

    private Button removeButton(LegacyRedirect redirect) {
        var remove = new Button(VaadinIcon.TRASH.create(), click -> confirmRemoval(redirect));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("redirects.remove.label", redirect.path()));
        remove.setTooltipText(getTranslation("redirects.remove"));
        return remove;
    }

    private void confirmRemoval(LegacyRedirect redirect) {
        var dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("redirects.remove.title"));
        dialog.setText(getTranslation("redirects.remove.text", redirect.path()));
        dialog.setConfirmText(getTranslation("redirects.remove"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("accounts.cancel"));
        dialog.addConfirmListener(confirm -> {
            redirects.remove(redirect.id());
            refresh();
            announce(getTranslation("redirects.removed"), NotificationVariant.LUMO_SUCCESS);
        });
        dialog.open();
    }

    private void add() {
        try {
            var added = redirects.add(path.getValue(), target.getValue());
            FieldProblems.showAll(Map.of("path", path, "target", target), Map.of());
            path.clear();
            target.clear();
            refresh();
            announce(getTranslation("redirects.added", added.path(), added.target()), NotificationVariant.LUMO_SUCCESS);
        } catch (Rejected rejected) {
            FieldProblems.showAll(Map.of("path", path, "target", target), rejected.problems());
        }
    }

    private void refresh() {
        grid.setItems(redirects.all());
    }

    private Language language() {
        return Language.fromLocale(getLocale());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.redirects") + " | " + getTranslation("admin.title");
    }

    private static void announce(String text, NotificationVariant variant) {
        Notification.show(text, 5000, Notification.Position.BOTTOM_START).addThemeVariants(variant);
    }
}
