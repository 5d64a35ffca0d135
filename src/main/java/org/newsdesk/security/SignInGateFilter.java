package org.newsdesk.security;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.withDefaults;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.newsdesk.base.web.Addresses;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/** Sends a refused sign-in attempt back to the sign-in page as failed, before its password is checked. */
class SignInGateFilter extends OncePerRequestFilter {

    private static final RequestMatcher SIGN_IN = withDefaults().matcher(HttpMethod.POST, Addresses.SIGN_IN_PATH);

    private final List<SignInGate> gates;

    SignInGateFilter(List<SignInGate> gates) {
        this.gates = gates;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SIGN_IN.matches(request) && !gates.stream().allMatch(gate -> gate.admits(request.getRemoteAddr()))) {
            response.sendRedirect(request.getContextPath() + Addresses.SIGN_IN_FAILED_PATH);
            return;
        }
        chain.doFilter(request, response);
    }
}
