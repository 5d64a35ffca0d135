package org.newsdesk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;
import org.newsdesk.ActiveSessions;
import org.newsdesk.SiteClient;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Visitors' sessions last only as long as someone can use them. In this test application a closed tab's session
 * goes a second after it closed, an open tab checks in every second, a vanished tab's session goes six seconds
 * after its last check-in, and a fetch without scripts (a crawler, a feed reader) opens no session at all.
 */
class SessionLifetimeIT extends BrowserTest {

    @Autowired
    ActiveSessions sessions;

    @Override
    String browserLocale() {
        return "nl-NL";
    }

    @Test
    void aVisitorsSessionEndsSoonAfterTheirLastTabCloses() throws InterruptedException {
        var sessionId = openNewsGrid();
        assertThat(sessions.isActive(sessionId)).isTrue();

        page.close();

        assertThat(within(Duration.ofSeconds(30), () -> !sessions.isActive(sessionId)))
                .as("released")
                .isTrue();
    }

    @Test
    void anOpenTabKeepsItsSessionWhileTheVisitorReads() throws InterruptedException {
        var sessionId = openNewsGrid();

        Thread.sleep(Duration.ofSeconds(14));

        assertThat(sessions.isActive(sessionId))
                .as("session of a tab open, untouched, for twice the idle timeout")
                .isTrue();
        assertThat(page.locator(LIVE + ".more-news-button")).isVisible();
    }

    @Test
    void aTabThatVanishesWithoutClosingLosesItsSessionAfterTheIdleTimeout() throws InterruptedException {
        var sessionId = openNewsGrid();

        // Offline, the closing tab's goodbye never reaches the server, as with a crashed browser or a lost phone.
        context.setOffline(true);
        page.close();

        assertThat(within(Duration.ofSeconds(40), () -> !sessions.isActive(sessionId)))
                .as("released")
                .isTrue();
    }

    @Test
    void aFetchWithoutScriptsOpensNoSession() {
        var before = sessions.count();

        var response = new SiteClient(port).get("/nl/");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(sessions.count()).isLessThanOrEqualTo(before);
    }

    private String openNewsGrid() {
        page.navigate(url("/nl/"));
        assertThat(page.locator(LIVE + ".news-grid")).isVisible(PATIENTLY);
        return context.cookies().stream()
                .filter(cookie -> cookie.name.equals("JSESSIONID"))
                .findFirst()
                .orElseThrow()
                .value;
    }

    /** Whether the condition comes to hold within the time. */
    private static boolean within(Duration time, BooleanSupplier condition) throws InterruptedException {
        var deadline = System.nanoTime() + time.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(100);
        }
        return true;
    }
}
