package org.newsdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.web.session.SessionInformationExpiredEvent;

/**
 * The first request of a session an administrator ended: an open page hears that its session expired, which it
 * shows as a message (a redirect would give it the sign-in page, "Invalid JSON response from server").
 */
class EndedSessionReplyTest {

    @Test
    void anOpenPagesRequestHearsThatTheSessionExpired() throws Exception {
        var request = new MockHttpServletRequest("POST", "/");
        request.setParameter("v-r", "uidl");

        var response = reply(request);

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("application/json");
        assertThat(response.getContentAsString()).contains("\"sessionExpired\":true");
    }

    @Test
    void anOpenPagesHeartbeatIsRefusedAsVaadinRefusesOneOfAnExpiredSession() throws Exception {
        var request = new MockHttpServletRequest("POST", "/");
        request.setParameter("v-r", "heartbeat");

        assertThat(reply(request).getStatus()).isEqualTo(403);
    }

    @Test
    void aPageRequestGoesToTheSignInPage() throws Exception {
        var response = reply(new MockHttpServletRequest("GET", "/admin/articles/7"));

        assertThat(response.getRedirectedUrl()).isEqualTo("/login");
    }

    private static MockHttpServletResponse reply(MockHttpServletRequest request) throws Exception {
        var response = new MockHttpServletResponse();
        new EndedSessionReply()
                .onExpiredSessionDetected(new SessionInformationExpiredEvent(
                        new SessionInformation("eva", "session-1", new Date()), request, response));
        return response;
    }
}
