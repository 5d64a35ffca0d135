package org.newsdesk.backoffice.featured;

import java.time.Instant;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import org.jspecify.annotations.Nullable;
import org.newsdesk.backoffice.layout.DateInput;
import org.newsdesk.backoffice.layout.FieldProblems;
import org.newsdesk.base.Problem;
import org.newsdesk.base.SiteTime;
import org.newsdesk.featured.FeaturedPin;

/** When one pin is featured: its start and optional end, in the site's time zone. */
class WindowDialog extends Dialog {

    /** Saves the new window and answers the problems found, empty when it was saved. */
    interface Reschedule {
        Map<String, Problem> apply(FeaturedPin pin, @Nullable Instant startsAt, @Nullable Instant endsAt);
    }

    WindowDialog(FeaturedPin pin, SiteTime siteTime, Reschedule reschedule) {
        setHeaderTitle(getTranslation("featured.times.title", pin.title()));
        var starts = picker("featured.starts", siteTime);
        starts.setValue(siteTime.local(pin.startsAt()));
        var ends = picker("featured.ends", siteTime);
        ends.setValue(siteTime.local(pin.endsAt()));
        add(starts, ends);
        var save = new Button(getTranslation("featured.times.save"), click -> {
            var problems =
                    reschedule.apply(pin, siteTime.instant(starts.getValue()), siteTime.instant(ends.getValue()));
            FieldProblems.showAll(Map.of("starts", starts, "ends", ends), problems);
            if (problems.isEmpty()) {
                close();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("publishing.cancel"), click -> close()), save);
    }

    private DateTimePicker picker(String label, SiteTime siteTime) {
        var picker = new DateTimePicker(getTranslation(label));
        DateInput.regional(picker, getLocale());
        picker.setHelperText(getTranslation(label + ".help", siteTime.zoneName(getLocale())));
        return picker;
    }
}
