package org.newsdesk.security;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.SystemMessages;
import com.vaadin.flow.server.SystemMessagesInfo;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * What a signed-in page says when its session has ended: signed out in another tab, ended by an administrator
 * (the account disabled, its roles changed) or expired. Vaadin's default reloads the page without a word, which
 * sends staff to the sign-in page with no idea why; instead the page stays as it is, typed text included, under a
 * message in the editor's language, and clicking it reloads the page, i.e. signs in again and comes back.
 *
 * <p>Vaadin hands these messages to the browser when the page starts, so the page knows them when the session
 * is gone. Visitors of the public site, who never signed in, keep the silent reload: their session is only a
 * technical one.
 */
@Component
class SessionEndedMessages implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().setSystemMessagesProvider(SessionEndedMessages::messages);
    }

    private static SystemMessages messages(SystemMessagesInfo info) {
        var messages = new CustomizedSystemMessages();
        var request = info.getRequest();
        if (request != null && request.getUserPrincipal() != null) {
            var texts = info.getService().getInstantiator().getI18NProvider();
            messages.setSessionExpiredNotificationEnabled(true);
            messages.setSessionExpiredCaption(texts.getTranslation("session.ended.caption", info.getLocale()));
            messages.setSessionExpiredMessage(texts.getTranslation("session.ended.message", info.getLocale()));
        }
        return messages;
    }
}
