package org.newsdesk.site.layout;

import java.util.Optional;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.server.VaadinRequest;
import org.newsdesk.base.Language;

/** The language part of public routes, {@code /{lang}/...}, for views (their addresses: {@link org.newsdesk.base.web.Addresses}). */
public final class PublicRoutes {

    private PublicRoutes() {}

    /** Reads the language of the route being entered and makes it the language of the interface. */
    public static Language enter(BeforeEnterEvent event) {
        var language = event.getRouteParameters()
                .get("lang")
                .flatMap(Language::fromCode)
                .orElse(Language.DEFAULT);
        event.getUI().setLocale(language.locale());
        return language;
    }

    /**
     * The language a location starts with, for pages (such as errors) that have no route parameter; for
     * addresses outside the public site (sign-in, back office, unknown paths) the browser's language.
     */
    public static Language languageOf(Location location) {
        return Language.fromCode(location.getFirstSegment())
                .orElseGet(() -> Optional.ofNullable(VaadinRequest.getCurrent())
                        .map(request -> Language.fromLocale(request.getLocale()))
                        .orElse(Language.DEFAULT));
    }
}
