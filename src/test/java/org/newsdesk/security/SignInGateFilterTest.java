package org.newsdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** A sign-in attempt that a gate refuses fails like a wrong password, before any password is checked. */
class SignInGateFilterTest {

    private final SignInGate refusesOneAddress = clientAddress -> !clientAddress.equals("203.0.113.7");
    private final SignInGateFilter filter = new SignInGateFilter(List.of(refusesOneAddress));

    @Test
    void aRefusedAddressIsSentBackToTheSignInPageAsFailed() throws Exception {
        var response = new MockHttpServletResponse();
        var chain = new MockFilterChain();

        filter.doFilter(signIn("203.0.113.7"), response, chain);

        assertThat(response.getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(chain.getRequest()).as("the sign-in went no further").isNull();
    }

    @Test
    void otherAddressesAndOtherRequestsPass() throws Exception {
        var chain = new MockFilterChain();
        filter.doFilter(signIn("203.0.113.8"), new MockHttpServletResponse(), chain);
        assertThat(chain.getRequest()).isNotNull();

        var page = new MockHttpServletRequest("GET", "/login");
        page.setRemoteAddr("203.0.113.7");
        var pageChain = new MockFilterChain();
        filter.doFilter(page, new MockHttpServletResponse(), pageChain);
        assertThat(pageChain.getRequest()).isNotNull();
    }

    private static MockHttpServletRequest signIn(String clientAddress) {
        var request = new MockHttpServletRequest("POST", "/login");
        request.setRemoteAddr(clientAddress);
        return request;
    }
}
