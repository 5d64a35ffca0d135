package org.newsdesk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.e2e.SignInForm.signIn;

import java.util.List;
import java.util.Set;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.Page;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The sign-in page and every back-office page pass the automated WCAG check of the public pages, and have a main
 * landmark. One finding is Vaadin's and left out: the tab strip of its TabSheet (the article editor's languages)
 * keeps a focusable scroll container of its own among the tabs.
 */
class BackOfficeAccessibilityIT extends BrowserTest {

    @Autowired
    DSLContext dsl;

    @Autowired
    PasswordEncoder passwords;

    /**
     * The tab sheet's scroller, a known issue of Vaadin's tabs; axe names it by its slot once the editor has other
     * tabs too (the translation's source and preview beside the body).
     */
    private static final Set<String> TAB_SHEET_SCROLLER =
            Set.of("aria-required-children: [[vaadin-tabs]]", "aria-required-children: [[vaadin-tabs[slot=\"tabs\"]]]");

    @Override
    String browserLocale() {
        return "en-GB";
    }

    @Test
    void signInAndEveryBackOfficePagePassAnAutomatedAccessibilityCheck() {
        page.navigate(url("/admin"));
        assertThat(page.locator("vaadin-login-form")).isVisible(PATIENTLY);
        assertThat(accessibilityViolations(page)).as("on the sign-in page").isEmpty();

        signIn(page, ThrowawayEditors.administrator(dsl, passwords, "Alex Auditor"), ThrowawayEditors.PASSWORD);
        for (var path : List.of(
                "/admin",
                "/admin/articles",
                "/admin/themes",
                "/admin/translations",
                "/admin/redirects",
                "/admin/accounts",
                "/admin/audit")) {
            page.navigate(url(path));
            assertThat(page.locator("[role=main] h1")).isVisible(PATIENTLY);

            assertThat(accessibilityViolations(page))
                    .as("on %s", path)
                    .filteredOn(found -> !TAB_SHEET_SCROLLER.contains(found))
                    .isEmpty();
            assertThat(mainLandmarkMissing(page))
                    .as("main landmark missing on %s", path)
                    .isFalse();
        }
    }

    private static boolean mainLandmarkMissing(Page page) {
        return new AxeBuilder(page)
                .withRules(List.of("landmark-one-main")).analyze().getViolations().stream()
                        .findAny()
                        .isPresent();
    }
}
