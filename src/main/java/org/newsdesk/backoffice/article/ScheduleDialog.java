package org.newsdesk.backoffice.article;

import java.time.Instant;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import org.jspecify.annotations.Nullable;
import org.newsdesk.backoffice.layout.DateInput;
import org.newsdesk.base.Language;
import org.newsdesk.base.SiteTime;

/**
 * When a language version goes live by itself. Choosing the time is the whole confirmation: nothing changes on the
 * public site before then. The service checks that the time lies ahead; a picker cannot know the server's clock.
 */
class ScheduleDialog extends Dialog {

    ScheduleDialog(Language version, @Nullable Instant current, SiteTime siteTime, Consumer<Instant> schedule) {
        this("publishing.schedule", version, current, siteTime, schedule);
    }

    /**
     * @param keys the prefix of the dialog's title ({@code keys + ".title"}, naming the language) and confirming
     *             button ({@code keys + ".confirm"}): scheduling, or submitting for review with the time to go live
     */
    ScheduleDialog(
            String keys, Language version, @Nullable Instant current, SiteTime siteTime, Consumer<Instant> schedule) {
        setHeaderTitle(getTranslation(keys + ".title", version.locale().getDisplayLanguage(getLocale())));
        var publishAt = new DateTimePicker(getTranslation("editor.publishAt"));
        DateInput.regional(publishAt, getLocale());
        publishAt.setRequiredIndicatorVisible(true);
        publishAt.setHelperText(getTranslation(
                "editor.publishAt.zone",
                siteTime.zoneName(getLocale()),
                siteTime.zone().getId()));
        publishAt.setValue(siteTime.local(current));
        add(publishAt);
        var confirm = new Button(getTranslation(keys + ".confirm"), click -> {
            if (publishAt.getValue() == null) {
                publishAt.setInvalid(true);
                publishAt.setErrorMessage(getTranslation("validation.required"));
                return;
            }
            close();
            schedule.accept(siteTime.instant(publishAt.getValue()));
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("publishing.cancel"), click -> close()), confirm);
    }
}
