package org.newsdesk.backoffice.article;

import java.time.LocalDateTime;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import org.newsdesk.base.Language;

/**
 * When a language version goes live by itself. Choosing the time is the whole confirmation: nothing changes on the
 * public site before then. The service checks that the time lies ahead; a picker cannot know the server's clock.
 */
class ScheduleDialog extends Dialog {

    ScheduleDialog(Language version, LocalDateTime current, Consumer<LocalDateTime> schedule) {
        setHeaderTitle(getTranslation("publishing.schedule.title", version.locale().getDisplayLanguage(getLocale())));
        var publishAt = new DateTimePicker(getTranslation("editor.publishAt"));
        publishAt.setLocale(getLocale());
        publishAt.setRequiredIndicatorVisible(true);
        publishAt.setValue(current);
        add(publishAt);
        var confirm = new Button(getTranslation("publishing.schedule.confirm"), click -> {
            if (publishAt.getValue() == null) {
                publishAt.setInvalid(true);
                publishAt.setErrorMessage(getTranslation("validation.required"));
                return;
            }
            close();
            schedule.accept(publishAt.getValue());
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("publishing.cancel"), click -> close()), confirm);
    }
}
