package org.newsdesk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The start page in a real browser: the desk's tasks lead to their lists, and the chart is drawn and readable. */
class StartPageIT extends BrowserTest {

    @Autowired
    DSLContext dsl;

    @Autowired
    PasswordEncoder passwords;

    @Override
    String browserLocale() {
        return "en-GB";
    }

    @Test
    void theStartPageLeadsToTheDesksListsAndDrawsTheViewsOfTheMonth() {
        page.navigate(url("/admin/start"));
        SignInForm.signIn(page, ThrowawayEditors.editor(dsl, passwords, "Stan Start"), ThrowawayEditors.PASSWORD);

        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions().setName("Start").setExact(true)))
                .isVisible(PATIENTLY);
        assertThat(page.locator(".views-chart svg[role=img]")).isVisible();
        assertThat(page.locator(".views-chart svg"))
                .hasAttribute("aria-label", Pattern.compile("Views per day of the last 30 days.*"));
        Screenshots.desktopAndPhone(page, "start-page");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("articles with drafts"))
                .click();
        assertThat(page).hasURL(Pattern.compile(".*/admin\\?status=draft$"));
    }
}
