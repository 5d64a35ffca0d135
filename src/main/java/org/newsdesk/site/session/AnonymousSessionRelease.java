package org.newsdesk.site.session;

import java.time.Duration;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.VaadinSessionState;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.newsdesk.base.NewsdeskProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Keeps visitors' sessions short-lived, so that memory follows the tabs actually open. A visitor's session
 * expires shortly after their last tab closes, instead of living for the whole session timeout: not at once,
 * since the tab may be closing because the visitor signs in or opens the next page, which continues the session
 * and restores its timeout. A tab that vanishes without saying goodbye (a crashed browser, a phone that dropped
 * the page, a lost connection) sends no close message; its session goes after the idle timeout instead, which
 * the open tabs' heartbeats (vaadin.heartbeatInterval) renew while the visitor is still there. A session that no
 * tab has taken up yet lasts only the grace: a page that opens one (the sign-in page, a visitor's reload) may
 * never be followed by a tab. Public pages' first responses open none (site.cache.FirstResponseFilter). Staff
 * sessions keep the normal timeout.
 */
@Component
class AnonymousSessionRelease implements VaadinServiceInitListener, HttpSessionListener {

    private final int graceSeconds;
    private final int idleTimeoutSeconds;
    private final int timeoutSeconds;

    AnonymousSessionRelease(
            NewsdeskProperties settings, @Value("${server.servlet.session.timeout:30m}") Duration timeout) {
        this.graceSeconds = Math.toIntExact(settings.anonymousSession().grace().toSeconds());
        this.idleTimeoutSeconds =
                Math.toIntExact(settings.anonymousSession().idleTimeout().toSeconds());
        this.timeoutSeconds = Math.toIntExact(timeout.toSeconds());
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        event.getSession().setMaxInactiveInterval(graceSeconds);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            var ui = init.getUI();
            var session = ui.getSession();
            // A tab can start while its HTTP session ends (it expired or was signed out in another tab meanwhile):
            // then there is no session whose lifetime to set.
            var httpSession = session.getSession();
            if (httpSession != null) {
                httpSession.setMaxInactiveInterval(isAnonymous(session) ? idleTimeoutSeconds : timeoutSeconds);
            }
            ui.addDetachListener(detach -> {
                if (ui.isClosing()) {
                    shortenIfLastAnonymousTab(ui);
                }
            });
        });
    }

    private void shortenIfLastAnonymousTab(UI closing) {
        var session = closing.getSession();
        // Tabs also close because their session is being destroyed (it expired, or the visitor signed out):
        // then there is nothing left to shorten, and the HTTP session can no longer be read.
        if (session.getState() != VaadinSessionState.OPEN || session.getSession() == null) {
            return;
        }
        var otherTabs = session.getUIs().stream()
                .filter(ui -> ui != closing && !ui.isClosing())
                .count();
        if (otherTabs == 0 && isAnonymous(session)) {
            session.getSession().setMaxInactiveInterval(graceSeconds);
        }
    }

    private static boolean isAnonymous(VaadinSession session) {
        var security =
                session.getSession().getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        return !(security instanceof SecurityContext context)
                || context.getAuthentication() == null
                || context.getAuthentication() instanceof AnonymousAuthenticationToken;
    }
}
