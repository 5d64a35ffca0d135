package org.newsdesk.audit;

import java.time.Clock;
import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Records what staff do, for any feature. Records join the caller's transaction, so that a change and its audit
 * entry are stored together or not at all.
 */
@Service
@Transactional
public class AuditLog {

    private static final int MAX_TARGET = 200;
    private static final int MAX_DETAILS = 1000;

    private final AuditRepository events;
    private final Clock clock;
    private final SecurityContextHolderStrategy security;

    AuditLog(AuditRepository events, Clock clock, SecurityContextHolderStrategy security) {
        this.security = security;
        this.events = events;
        this.clock = clock;
    }

    /** Records an action of the signed-in user, from the address of the current request. */
    public void record(String action, String target, @Nullable String details) {
        recordAs(currentActor(), currentClientAddress(), action, target, details);
    }

    /** Records an action whose actor is not (or not yet) in the security context, such as a sign-in. */
    public void recordAs(
            @Nullable String actor,
            @Nullable String clientAddress,
            String action,
            String target,
            @Nullable String details) {
        events.insert(
                Instant.now(clock), actor, clientAddress, action, shorten(target, MAX_TARGET), shortenDetails(details));
    }

    private @Nullable String currentActor() {
        var authentication = security.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
            return null;
        }
        return authentication.getName();
    }

    private static @Nullable String currentClientAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? request.getRequest().getRemoteAddr()
                : null;
    }

    /** An over-long free text should not cost the audit entry. */
    private static String shorten(String text, int maxLength) {
        return text.length() <= maxLength ? text : text.substring(0, maxLength);
    }

    private static @Nullable String shortenDetails(@Nullable String details) {
        return details == null ? null : shorten(details, MAX_DETAILS);
    }
}
