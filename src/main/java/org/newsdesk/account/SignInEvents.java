package org.newsdesk.account;

import org.jspecify.annotations.Nullable;
import org.newsdesk.audit.AuditLog;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** Feeds the outcome of every sign-in, as Spring Security announces it, to the lockout, throttle and audit. */
@Component
class SignInEvents {

    private final SignInLockout lockout;
    private final ClientAddressThrottle throttle;
    private final AuditLog audit;

    SignInEvents(SignInLockout lockout, ClientAddressThrottle throttle, AuditLog audit) {
        this.lockout = lockout;
        this.throttle = throttle;
        this.audit = audit;
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        lockout.signedIn(event.getAuthentication().getName(), clientAddressOf(event.getAuthentication()));
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        var username = event.getAuthentication().getName();
        var clientAddress = clientAddressOf(event.getAuthentication());
        if (event.getException() instanceof BadCredentialsException) {
            lockout.wrongPassword(username, clientAddress);
        } else {
            lockout.refused(
                    username, clientAddress, event.getException().getClass().getSimpleName());
        }
        if (clientAddress != null && throttle.failed(clientAddress)) {
            audit.recordAs(
                    null,
                    clientAddress,
                    AccountActions.ADDRESS_THROTTLED,
                    clientAddress,
                    ClientAddressThrottle.MAX_FAILURES + " failed sign-ins within " + ClientAddressThrottle.WINDOW);
        }
    }

    private static @Nullable String clientAddressOf(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
    }
}
