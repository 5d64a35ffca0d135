package org.newsdesk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsdesk.base.web.Addresses;

/**
 * The site as visitors see it, in the default build: Vaadin in production mode, with neither its development tools
 * (the "running in development mode" popup) nor Copilot's toolbar over the news or the sign-in page, in the first
 * response or once the live view has booted.
 */
class WithoutDevelopmentToolsIT extends BrowserTest {

    /** What development mode writes into every page: the tools' elements and their configuration. */
    private static final String[] DEVELOPMENT_TOOLS = {"vaadin-dev-tools", "copilot", "devTools"};

    @Override
    String browserLocale() {
        return "nl-NL";
    }

    @Test
    void theNewsComesWithoutDevelopmentTools() {
        var response = page.navigate(url("/nl/"));

        assertThat(response.text()).doesNotContain(DEVELOPMENT_TOOLS);
        assertThat(page.locator(LIVE + ".news-card-title a").first()).isVisible(PATIENTLY);
        assertNoDevelopmentToolsOnThePage();
    }

    @Test
    void theSignInPageComesWithoutDevelopmentTools() {
        var response = page.navigate(url(Addresses.SIGN_IN_PATH));

        assertThat(response.text()).doesNotContain(DEVELOPMENT_TOOLS);
        assertThat(page.locator("input[name='username']")).isVisible(PATIENTLY);
        assertNoDevelopmentToolsOnThePage();
    }

    private void assertNoDevelopmentToolsOnThePage() {
        assertThat(page.locator("vaadin-dev-tools, copilot-main")).hasCount(0);
        assertThat(page.content()).doesNotContain(DEVELOPMENT_TOOLS);
    }
}
