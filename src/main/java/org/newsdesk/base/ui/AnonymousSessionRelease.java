package org.newsdesk.base.ui;

import java.time.Duration;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Lets a visitor's session expire shortly after their last tab closes, instead of keeping it in memory for the
 * whole session timeout. Not at once: the tab may be closing because the visitor signs in or opens the next
 * page, which continues the session and restores the normal timeout. Staff sessions are left alone.
 */
@Component
class AnonymousSessionRelease implements VaadinServiceInitListener {

    private final int graceSeconds;
    private final int timeoutSeconds;

    AnonymousSessionRelease(@Value("${newsdesk.anonymous-session.grace:60s}") Duration grace,
                            @Value("${server.servlet.session.timeout:30m}") Duration timeout) {
        this.graceSeconds = Math.toIntExact(grace.toSeconds());
        this.timeoutSeconds = Math.toIntExact(timeout.toSeconds());
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            var ui = init.getUI();
            ui.getSession().getSession().setMaxInactiveInterval(timeoutSeconds);
            ui.addDetachListener(detach -> {
                if (ui.isClosing()) {
                    shortenIfLastAnonymousTab(ui);
                }
            });
        });
    }

    private void shortenIfLastAnonymousTab(UI closing) {
        var session = closing.getSession();
        var otherTabs = session.getUIs().stream().filter(ui -> ui != closing && !ui.isClosing()).count();
        if (otherTabs == 0 && isAnonymous(session)) {
            session.getSession().setMaxInactiveInterval(graceSeconds);
        }
    }

    private static boolean isAnonymous(VaadinSession session) {
        var security = session.getSession()
                .getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        return !(security instanceof SecurityContext context) || context.getAuthentication() == null
                || context.getAuthentication() instanceof AnonymousAuthenticationToken;
    }
}
