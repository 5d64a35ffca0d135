package org.newsdesk.backoffice.audit;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.newsdesk.audit.AuditEvent;
import org.newsdesk.audit.AuditFilter;
import org.newsdesk.audit.AuditTrail;
import org.newsdesk.backoffice.layout.DateInput;
import org.newsdesk.base.SiteTime;
import org.newsdesk.base.web.Addresses;
import org.newsdesk.security.Roles;

/** The audit trail, newest first, filtered by action, actor and dates. Pages are fetched as the grid scrolls. */
@Route(Addresses.AUDIT_ROUTE)
@Menu(title = "admin.audit", order = 9)
@RolesAllowed(Roles.ADMIN)
class AuditView extends VerticalLayout implements HasDynamicTitle {

    private final ComboBox<String> action = new ComboBox<>();
    private final TextField actor = new TextField();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();

    AuditView(AuditTrail trail, SiteTime siteTime) {
        action.setLabel(getTranslation("audit.column.action"));
        action.setItems(trail.actions());
        action.setClearButtonVisible(true);
        actor.setLabel(getTranslation("audit.column.actor"));
        actor.setValueChangeMode(ValueChangeMode.LAZY);
        actor.setClearButtonVisible(true);
        from.setLabel(getTranslation("audit.filter.from"));
        to.setLabel(getTranslation("audit.filter.to"));
        DateInput.regional(from, getLocale());
        DateInput.regional(to, getLocale());

        var grid = new Grid<AuditEvent>();
        grid.addColumn(event -> siteTime.dateTime(event.occurredAt(), getLocale()))
                .setHeader(getTranslation("audit.column.time"))
                .setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(AuditSentence::new))
                .setHeader(getTranslation("audit.column.what"))
                .setFlexGrow(3);
        grid.addColumn(AuditEvent::clientAddress).setHeader(getTranslation("audit.column.address"));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(
                query -> trail.find(filter(), query.getOffset(), query.getLimit()).stream(),
                query -> trail.count(filter()));
        grid.setSizeFull();

        action.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        actor.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        from.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        to.addValueChangeListener(change -> grid.getDataProvider().refreshAll());

        var filters = new HorizontalLayout(action, actor, from, to);
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        setSizeFull();
        add(new H1(getTranslation("admin.audit")), filters, grid);
    }

    private AuditFilter filter() {
        var actorName = actor.getValue().strip();
        return new AuditFilter(
                action.getValue(), actorName.isEmpty() ? null : actorName, from.getValue(), to.getValue());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.audit") + " | " + getTranslation("admin.title");
    }
}
