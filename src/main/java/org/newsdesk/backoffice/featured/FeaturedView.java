package org.newsdesk.backoffice.featured;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.newsdesk.backoffice.layout.DateInput;
import org.newsdesk.backoffice.layout.FieldProblems;
import org.newsdesk.base.Formats;
import org.newsdesk.base.Language;
import org.newsdesk.base.Problem;
import org.newsdesk.base.Rejected;
import org.newsdesk.base.SiteTime;
import org.newsdesk.base.web.Addresses;
import org.newsdesk.featured.FeaturedNews;
import org.newsdesk.featured.FeaturedPin;
import org.newsdesk.featured.PinCandidate;
import org.newsdesk.security.Roles;

/**
 * Featured news of one language: pin a published (or scheduled) article with a start and an optional end, put the
 * pins in order, change their times, unpin them. The order here is the order on the site; a pin whose window has
 * ended stays listed until it is unpinned, and no longer counts towards the limit.
 */
@Route(Addresses.FEATURED_ROUTE)
@Menu(title = "admin.featured", order = 3.5)
@RolesAllowed({Roles.EDITOR, Roles.ADMIN})
class FeaturedView extends VerticalLayout implements HasDynamicTitle {

    private final FeaturedNews featured;
    private final SiteTime siteTime;
    private final Clock clock;
    private final Select<Language> language = new Select<>();
    private final ComboBox<PinCandidate> article = new ComboBox<>();
    private final DateTimePicker starts = new DateTimePicker();
    private final DateTimePicker ends = new DateTimePicker();
    private final Paragraph limit = new Paragraph();
    private final Grid<FeaturedPin> grid = new Grid<>();
    private List<FeaturedPin> pins = List.of();

    FeaturedView(FeaturedNews featured, SiteTime siteTime, Clock clock) {
        this.featured = featured;
        this.siteTime = siteTime;
        this.clock = clock;
        language.setLabel(getTranslation("featured.language"));
        language.setItems(Language.values());
        language.setItemLabelGenerator(each -> getTranslation(each.locale(), "language.name"));
        language.setValue(Language.fromLocale(getLocale()));
        language.addValueChangeListener(change -> refresh());

        article.setLabel(getTranslation("featured.article"));
        article.setPlaceholder(getTranslation("featured.article.placeholder"));
        article.setItems(query -> featured
                .candidates(language.getValue(), query.getFilter().orElse(""))
                .stream()
                .skip(query.getOffset())
                .limit(query.getLimit()));
        article.setItemLabelGenerator(this::candidateLabel);
        article.setWidthFull();
        window(starts, "featured.starts", "featured.starts.help");
        window(ends, "featured.ends", "featured.ends.help");
        var pin = new Button(getTranslation("featured.pin"), VaadinIcon.PIN.create(), click -> pin());
        pin.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new FormLayout(article, starts, ends, pin);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("56rem", 4));
        form.setColspan(article, 1);

        grid.addColumn(each -> pins.indexOf(each) + 1)
                .setHeader("#")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::titleOf)
                .setHeader(getTranslation("featured.article"))
                .setFlexGrow(3);
        grid.addColumn(each -> getTranslation("featured.standing." + each.standing(clock.instant())))
                .setHeader(getTranslation("featured.standing"))
                .setAutoWidth(true);
        grid.addColumn(each -> siteTime.dateTime(each.startsAt(), getLocale()))
                .setHeader(getTranslation("featured.starts"))
                .setAutoWidth(true);
        grid.addColumn(each -> each.endsAt() == null
                        ? getTranslation("featured.ends.none")
                        : siteTime.dateTime(each.endsAt(), getLocale()))
                .setHeader(getTranslation("featured.ends"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions)
                .setHeader(getTranslation("featured.actions"))
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setFrozenToEnd(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("featured.none"));
        grid.setMinHeight("16rem");
        grid.setSizeFull();

        setSizeFull();
        add(
                new H1(getTranslation("admin.featured")),
                new Paragraph(getTranslation("featured.intro")),
                language,
                limit,
                form,
                grid);
        refresh();
    }

    private void window(DateTimePicker picker, String label, String help) {
        picker.setLabel(getTranslation(label));
        DateInput.regional(picker, getLocale());
        picker.setHelperText(getTranslation(help, siteTime.zoneName(getLocale())));
    }

    private String candidateLabel(PinCandidate candidate) {
        var date = Formats.date(candidate.publicationDate(), Language.fromLocale(getLocale()));
        return candidate.title() + " (" + date + ", " + getTranslation("featured.candidate." + candidate.status())
                + ")";
    }

    private Span titleOf(FeaturedPin pin) {
        var title = new Span(pin.title());
        title.getElement().setAttribute("lang", pin.language().code());
        return title;
    }

    private HorizontalLayout actions(FeaturedPin pin) {
        var place = pins.indexOf(pin);
        var up = iconButton(VaadinIcon.ARROW_UP, "featured.up", pin, () -> move(pin, place - 1));
        up.setEnabled(place > 0);
        var down = iconButton(VaadinIcon.ARROW_DOWN, "featured.down", pin, () -> move(pin, place + 1));
        down.setEnabled(place < pins.size() - 1);
        var times = iconButton(
                VaadinIcon.CLOCK,
                "featured.times",
                pin,
                () -> new WindowDialog(pin, siteTime, this::reschedule).open());
        var unpin = iconButton(VaadinIcon.CLOSE_SMALL, "featured.unpin", pin, () -> unpin(pin));
        unpin.addThemeVariants(ButtonVariant.LUMO_ERROR);
        var actions = new HorizontalLayout(up, down, times, unpin);
        actions.setSpacing(false);
        return actions;
    }

    private Button iconButton(VaadinIcon icon, String key, FeaturedPin pin, Runnable action) {
        var button = new Button(icon.create(), click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.setAriaLabel(getTranslation(key + ".label", pin.title()));
        button.setTooltipText(getTranslation(key));
        return button;
    }

    private void pin() {
        var chosen = article.getValue();
        if (chosen == null) {
            article.setInvalid(true);
            article.setErrorMessage(getTranslation("featured.problem.choose"));
            return;
        }
        try {
            var pinned = featured.pin(language.getValue(), chosen.articleId(), instant(starts), instant(ends));
            showProblems(Map.of());
            article.clear();
            starts.clear();
            ends.clear();
            refresh();
            announce(getTranslation("featured.pinned", pinned.title()), NotificationVariant.LUMO_SUCCESS);
        } catch (Rejected rejected) {
            showProblems(rejected.problems());
        }
    }

    private void showProblems(Map<String, Problem> problems) {
        FieldProblems.showAll(Map.of("article", article, "starts", starts, "ends", ends), problems);
    }

    /** @return the problems the service found, for the dialog to show; empty when the times were saved */
    private Map<String, Problem> reschedule(FeaturedPin pin, @Nullable Instant from, @Nullable Instant until) {
        try {
            featured.reschedule(pin.id(), from, until);
            refresh();
            announce(getTranslation("featured.rescheduled", pin.title()), NotificationVariant.LUMO_SUCCESS);
            return Map.of();
        } catch (Rejected rejected) {
            var limitReached = rejected.problems().get("article");
            if (limitReached != null) {
                announce(FieldProblems.text(this, limitReached), NotificationVariant.LUMO_ERROR);
            }
            return rejected.problems();
        }
    }

    private void move(FeaturedPin pin, int place) {
        featured.move(pin.id(), place);
        refresh();
    }

    private void unpin(FeaturedPin pin) {
        featured.unpin(pin.id());
        refresh();
        announce(getTranslation("featured.unpinned", pin.title()), NotificationVariant.LUMO_SUCCESS);
    }

    private @Nullable Instant instant(DateTimePicker picker) {
        return siteTime.instant(picker.getValue());
    }

    private void refresh() {
        pins = featured.pins(language.getValue());
        grid.setItems(pins);
        article.getDataProvider().refreshAll();
        var counted =
                pins.stream().filter(pin -> !pin.hasEnded(clock.instant())).count();
        limit.setText(getTranslation("featured.limit", counted, featured.maxPerLanguage()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.featured") + " | " + getTranslation("admin.title");
    }

    private static void announce(String text, NotificationVariant variant) {
        Notification.show(text, 5000, Notification.Position.BOTTOM_START).addThemeVariants(variant);
    }
}
