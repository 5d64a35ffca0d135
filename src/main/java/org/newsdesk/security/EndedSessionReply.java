package org.newsdesk.security;

import java.io.IOException;

import com.vaadin.flow.server.HandlerHelper;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.shared.ApplicationConstants;
import com.vaadin.flow.shared.JsonConstants;
import jakarta.servlet.http.HttpServletResponse;
import org.newsdesk.base.web.Addresses;
import org.springframework.security.web.session.SessionInformationExpiredEvent;
import org.springframework.security.web.session.SessionInformationExpiredStrategy;

/**
 * Answers the first request of a session that was ended on purpose ({@link SignedInSessions#endAllOf}: the
 * account was disabled or its roles changed). A page request goes to the sign-in page. A request of an open
 * Vaadin page gets the answer Vaadin gives for an expired session, so that the page shows
 * {@link SessionEndedMessages} and keeps what was typed; a redirect would hand it the sign-in page's HTML, which
 * it reports as "Invalid JSON response from server".
 */
class EndedSessionReply implements SessionInformationExpiredStrategy {

    @Override
    public void onExpiredSessionDetected(SessionInformationExpiredEvent event) throws IOException {
        var request = event.getRequest();
        var response = event.getResponse();
        var vaadinRequestType = request.getParameter(ApplicationConstants.REQUEST_TYPE_PARAMETER);
        if (vaadinRequestType == null) {
            response.sendRedirect(request.getContextPath() + Addresses.SIGN_IN_PATH);
        } else if (vaadinRequestType.equals(HandlerHelper.RequestType.UIDL.getIdentifier())) {
            answerExpired(response);
        } else {
            // Heartbeats and the like: Vaadin answers them so for an expired session, and the page then shows the
            // same message.
            response.sendError(HttpStatusCode.FORBIDDEN.getCode(), "Session expired");
        }
    }

    private static void answerExpired(HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        response.setContentType(JsonConstants.JSON_CONTENT_TYPE);
        response.getWriter().write(VaadinService.createSessionExpiredJSON(false));
    }
}
