package org.newsdesk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;

/** The staff sign-in form as a browser fills it in. */
final class SignInForm {

    private SignInForm() {}

    static void signIn(Page page, String username, String password) {
        var usernameField = page.locator("input[name='username']");
        assertThat(usernameField).isVisible(BrowserTest.PATIENTLY);
        usernameField.fill(username);
        page.locator("input[name='password']").fill(password);
        page.locator("vaadin-button[slot='submit']").click();
    }
}
