package org.newsdesk.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.newsdesk.security.SignInGate;
import org.springframework.stereotype.Component;

/**
 * Refuses sign-in attempts from a client address that failed too often lately, so that one client cannot guess
 * through many usernames (which the per-account lockout would not stop). Kept in memory: a restart forgives.
 */
@Component
class ClientAddressThrottle implements SignInGate {

    static final int MAX_FAILURES = 10;
    static final Duration WINDOW = Duration.ofMinutes(10);
    /** Past this many addresses, forget the quiet ones, so that a spread-out attack cannot fill the memory. */
    private static final int PRUNE_ABOVE = 10_000;

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    ClientAddressThrottle(Clock clock) {
        this.clock = clock;
    }

    @Override
    public boolean admits(String clientAddress) {
        var recent = failures.get(clientAddress);
        if (recent == null) {
            return true;
        }
        synchronized (recent) {
            dropExpired(recent);
            return recent.size() < MAX_FAILURES;
        }
    }

    /** @return whether this failure is the one that makes the address wait */
    boolean failed(String clientAddress) {
        if (failures.size() > PRUNE_ABOVE) {
            failures.values().removeIf(recent -> {
                synchronized (recent) {
                    dropExpired(recent);
                    return recent.isEmpty();
                }
            });
        }
        var recent = failures.computeIfAbsent(clientAddress, address -> new ArrayDeque<>());
        synchronized (recent) {
            dropExpired(recent);
            recent.addLast(clock.instant());
            return recent.size() == MAX_FAILURES;
        }
    }

    private void dropExpired(Deque<Instant> recent) {
        var oldestKept = clock.instant().minus(WINDOW);
        while (!recent.isEmpty() && recent.peekFirst().isBefore(oldestKept)) {
            recent.removeFirst();
        }
    }
}
