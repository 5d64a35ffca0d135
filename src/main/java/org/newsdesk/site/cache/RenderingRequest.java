package org.newsdesk.site.cache;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

/**
 * A visitor's request as it goes through the application once to render a first response for everyone: as a
 * GET (a HEAD renders the same page), with a {@link ThrowawaySession}, and without Spring Security's CSRF token,
 * which Vaadin would otherwise write into the page. The token belongs to a session; the session starts when the
 * visitor's browser asks Vaadin for the live view.
 */
final class RenderingRequest extends HttpServletRequestWrapper {

    /** The request attributes under which Spring Security's CsrfFilter offers the token. */
    private static final Set<String> CSRF_TOKEN = Set.of("org.springframework.security.web.csrf.CsrfToken", "_csrf");

    private @Nullable ThrowawaySession session;

    RenderingRequest(HttpServletRequest request) {
        super(request);
    }

    @Override
    public String getMethod() {
        return "GET";
    }

    @Override
    public @Nullable HttpSession getSession(boolean create) {
        return create ? getSession() : session;
    }

    @Override
    public HttpSession getSession() {
        if (session == null) {
            session = new ThrowawaySession(getServletContext());
        }
        return session;
    }

    @Override
    public String changeSessionId() {
        throw new IllegalStateException("A first response for everyone has no session to change");
    }

    @Override
    public @Nullable String getRequestedSessionId() {
        return null;
    }

    @Override
    public boolean isRequestedSessionIdValid() {
        return false;
    }

    @Override
    public @Nullable Object getAttribute(String name) {
        return CSRF_TOKEN.contains(name) ? null : super.getAttribute(name);
    }

    /** Ends the throwaway session once the page is rendered. */
    void discardSession() {
        if (session != null) {
            session.invalidate();
        }
    }
}
