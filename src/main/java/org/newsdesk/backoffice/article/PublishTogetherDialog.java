package org.newsdesk.backoffice.article;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.jspecify.annotations.Nullable;
import org.newsdesk.backoffice.layout.DateInput;
import org.newsdesk.base.Language;
import org.newsdesk.base.PublicationStatus;
import org.newsdesk.base.SiteTime;

/**
 * Several language versions going live at the same instant, now or at a chosen time: one save, so readers never
 * find the article in one language and not yet in another.
 */
class PublishTogetherDialog extends Dialog {

    /** The languages chosen and when they go live: PUBLISHED now, or SCHEDULED at {@code publishAt}. */
    interface Choice {
        void made(Set<Language> languages, PublicationStatus status, @Nullable Instant publishAt);
    }

    PublishTogetherDialog(List<Language> ready, SiteTime siteTime, Choice choice) {
        setHeaderTitle(getTranslation("publishing.together.title"));
        var languages = new CheckboxGroup<Language>(getTranslation("publishing.together.languages"));
        languages.setItems(ready);
        languages.setItemLabelGenerator(language -> getTranslation(language.locale(), "language.name"));
        languages.setValue(new LinkedHashSet<>(ready));
        var when = new RadioButtonGroup<Boolean>(getTranslation("publishing.together.when"));
        when.setItems(false, true);
        when.setItemLabelGenerator(
                later -> getTranslation(later ? "publishing.together.later" : "publishing.together.now"));
        when.setValue(false);
        var publishAt = new DateTimePicker(getTranslation("editor.publishAt"));
        DateInput.regional(publishAt, getLocale());
        publishAt.setHelperText(getTranslation(
                "editor.publishAt.zone",
                siteTime.zoneName(getLocale()),
                siteTime.zone().getId()));
        publishAt.setVisible(false);
        when.addValueChangeListener(change -> publishAt.setVisible(Boolean.TRUE.equals(change.getValue())));
        add(languages, when, publishAt);
        var confirm = new Button(getTranslation("publishing.together.confirm"), click -> {
            if (languages.getValue().isEmpty()) {
                languages.setInvalid(true);
                languages.setErrorMessage(getTranslation("publishing.together.none"));
                return;
            }
            var later = Boolean.TRUE.equals(when.getValue());
            if (later && publishAt.getValue() == null) {
                publishAt.setInvalid(true);
                publishAt.setErrorMessage(getTranslation("validation.required"));
                return;
            }
            close();
            choice.made(
                    languages.getValue(),
                    later ? PublicationStatus.SCHEDULED : PublicationStatus.PUBLISHED,
                    later ? siteTime.instant(publishAt.getValue()) : null);
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("publishing.cancel"), click -> close()), confirm);
    }
}
