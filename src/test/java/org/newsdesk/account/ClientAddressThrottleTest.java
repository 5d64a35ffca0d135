package org.newsdesk.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.newsdesk.MovableClock;

/** One client address that keeps failing has to wait, without holding up anyone else. */
class ClientAddressThrottleTest {

    private final MovableClock clock = new MovableClock();
    private final ClientAddressThrottle throttle = new ClientAddressThrottle(clock);

    @Test
    void tenFailuresWithinTenMinutesRefuseThatAddressOnly() {
        for (var failure = 1; failure < ClientAddressThrottle.MAX_FAILURES; failure++) {
            assertThat(throttle.failed("203.0.113.7")).isFalse();
            clock.advance(Duration.ofSeconds(30));
        }
        assertThat(throttle.admits("203.0.113.7")).isTrue();

        assertThat(throttle.failed("203.0.113.7"))
                .as("the failure that starts the wait")
                .isTrue();

        assertThat(throttle.admits("203.0.113.7")).isFalse();
        assertThat(throttle.admits("203.0.113.8")).isTrue();
    }

    @Test
    void theAddressMayTryAgainOnceItsFailuresAreOlderThanTheWindow() {
        for (var failure = 0; failure < ClientAddressThrottle.MAX_FAILURES; failure++) {
            throttle.failed("203.0.113.7");
        }
        clock.advance(ClientAddressThrottle.WINDOW.minusSeconds(1));
        assertThat(throttle.admits("203.0.113.7")).isFalse();

        clock.advance(Duration.ofSeconds(2));

        assertThat(throttle.admits("203.0.113.7")).isTrue();
    }
}
