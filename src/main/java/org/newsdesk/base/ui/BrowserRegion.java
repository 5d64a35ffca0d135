package org.newsdesk.base.ui;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the region of the browser's language. Vaadin picks the interface language from the translations it has
 * ("en" for a browser asking for "en-GB"), which would write dates the American way; an editor in London or
 * Brussels expects day before month. The language stays Vaadin's choice, the region is the browser's.
 */
@Component
class BrowserRegion implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            var request = VaadinRequest.getCurrent();
            if (request != null) {
                var ui = init.getUI();
                regional(ui.getLocale(), Collections.list(request.getLocales())).ifPresent(ui::setLocale);
            }
        });
    }

    /** The first of the browser's locales in the chosen language that names a region. */
    static Optional<Locale> regional(Locale chosen, List<Locale> preferred) {
        return preferred.stream()
                .filter(locale -> locale.getLanguage().equals(chosen.getLanguage()))
                .filter(locale -> !locale.getCountry().isEmpty())
                .findFirst();
    }
}
