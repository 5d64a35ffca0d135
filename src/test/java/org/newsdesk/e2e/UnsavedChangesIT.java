package org.newsdesk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.newsdesk.e2e.ArticleEditorPage.visible;
import static org.newsdesk.e2e.ArticleEditorPage.write;
import static org.newsdesk.jooq.Tables.KEPT_COPY;
import static org.newsdesk.jooq.Tables.KEPT_COPY_TEXT;
import static org.newsdesk.jooq.Tables.USER_ACCOUNT;

import java.nio.file.Path;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.account.AccountAdministration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * What an editor typed and did not save survives a closed tab and an ended session, in a real browser: the editor
 * keeps it on the server and in the browser, says in plain words when the session has ended, and offers the text
 * back once the editor is signed in again. Each test signs in with an account of its own and removes it and its
 * kept copies afterwards, so that no other test meets an offer, a kept copy or a session of it. The pictures
 * (target/screenshots/kept-copy-*.png, session-ended-*.png) are for reviewing the layout.
 */
class UnsavedChangesIT extends BrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String PASSWORD = "a proper staff passphrase";
    private static final LocatorAssertions.ContainsTextOptions PATIENT_TEXT =
            new LocatorAssertions.ContainsTextOptions().setTimeout(30_000);

    @Autowired
    DSLContext dsl;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    AccountAdministration administration;

    @Autowired
    SecurityContextHolderStrategy security;

    private String username;
    private String title;

    @Override
    String browserLocale() {
        return "en-GB";
    }

    @BeforeEach
    void createAnAccountOfItsOwn() {
        username = "kept-" + System.nanoTime();
        title = "Nog niet opgeslagen " + System.nanoTime() % 1_000_000;
        ThrowawayEditors.create(dsl, passwords, username, "Kim Keeper", PASSWORD);
    }

    /** Closes the browser first: an editor still open would keep its copy again after the clean-up. */
    @AfterEach
    void removeTheAccountAndItsCopies() {
        context.close();
        dsl.deleteFrom(KEPT_COPY).where(KEPT_COPY.USERNAME.eq(username)).execute();
        dsl.deleteFrom(USER_ACCOUNT).where(USER_ACCOUNT.USERNAME.eq(username)).execute();
    }

    @Test
    void aNewArticleTypedInATabThatClosedIsOfferedBackOnAnotherComputer() {
        openTheNewArticle(page);
        write(page, title, "Deze tekst overleeft het sluiten van de tab.");
        waitUntilTheServerKeptTheTitle();

        page.close();
        var elsewhere = anotherVisitor();
        try {
            openTheNewArticle(elsewhere);
            var offer = elsewhere.locator(".kept-copy-offer");
            assertThat(offer).containsText("Restore your unsaved changes from", PATIENT_TEXT);
            assertThat(visible(elsewhere.getByLabel("Title"))).hasValue("");
            for (var size : new int[][] {{1280, 900}, {390, 844}}) {
                elsewhere.setViewportSize(size[0], size[1]);
                elsewhere.screenshot(new Page.ScreenshotOptions()
                        .setPath(SCREENSHOTS.resolve(
                                "kept-copy-offer-" + (size[0] > 1000 ? "desktop" : "phone") + ".png")));
            }

            offer.getByRole(
                            AriaRole.BUTTON,
                            new Locator.GetByRoleOptions().setName("Restore").setExact(true))
                    .click();

            assertThat(visible(elsewhere.getByLabel("Title"))).hasValue(title);
            assertThat(visible(elsewhere.getByLabel("Text (Markdown)")))
                    .hasValue("Deze tekst overleeft het sluiten van de tab.");
            assertThat(offer).isHidden();
        } finally {
            elsewhere.context().close();
        }
    }

    @Test
    void whatWasTypedWhileTheServerCouldNotBeReachedComesBackFromTheBrowser() {
        openTheNewArticle(page);
        write(page, title, "Bewaard op de server.");
        waitUntilTheServerKeptTheTitle();

        // Offline, nothing more reaches the server, and the closing tab cannot say goodbye: as on a train.
        context.setOffline(true);
        visible(page.getByLabel("Text (Markdown)")).fill("Bewaard op de server. Getypt in de trein.");
        page.waitForTimeout(1_000);
        page.close();
        context.setOffline(false);

        var again = context.newPage();
        again.navigate(url("/admin/articles"));
        var offer = again.locator(".kept-copy-offer");
        assertThat(offer).containsText("Restore your unsaved changes from", PATIENT_TEXT);
        offer.getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName("Restore").setExact(true))
                .click();
        assertThat(visible(again.getByLabel("Text (Markdown)"))).hasValue("Bewaard op de server. Getypt in de trein.");
    }

    @Test
    void signingOutInAnotherTabLeavesTheTextAndAClearMessageAndSigningInAgainOffersItBack() {
        openTheNewArticle(page);
        write(page, title, "Getypt vlak voordat de sessie afliep.");
        waitUntilTheServerKeptTheTitle();

        var otherTab = context.newPage();
        otherTab.navigate(url("/admin"));
        otherTab.locator("vaadin-button.admin-sign-out").click();
        assertThat(otherTab).hasURL(Pattern.compile(".*/(nl/)?$"));
        otherTab.close();

        var message = page.locator(".v-system-error");
        assertThat(message).containsText("You are signed out", PATIENT_TEXT);
        assertThat(message).containsText("you signed out in another tab");
        assertThat(page.locator("body")).not().containsText("Invalid JSON");
        assertThat(page).hasURL(Pattern.compile(".*/admin/articles(\\?.*)?$"));
        assertThat(visible(page.getByLabel("Title"))).hasValue(title);
        for (var size : new int[][] {{1280, 900}, {390, 844}}) {
            page.setViewportSize(size[0], size[1]);
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(SCREENSHOTS.resolve("session-ended-" + (size[0] > 1000 ? "desktop" : "phone") + ".png")));
        }

        message.click();
        SignInForm.signIn(page, username, PASSWORD);
        var offer = page.locator(".kept-copy-offer");
        assertThat(offer).containsText("Restore your unsaved changes from", PATIENT_TEXT);
        offer.getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName("Restore").setExact(true))
                .click();
        assertThat(visible(page.getByLabel("Title"))).hasValue(title);
        assertThat(visible(page.getByLabel("Text (Markdown)"))).hasValue("Getypt vlak voordat de sessie afliep.");
    }

    @Test
    void anAccountDisabledWhileEditingSeesWhyAndKeepsTheText() {
        openTheNewArticle(page);
        write(page, title, "Getypt terwijl een beheerder het account uitschakelde.");

        asAdministrator(() -> administration.disable(username));

        var message = page.locator(".v-system-error");
        assertThat(message).containsText("an administrator changed your account", PATIENT_TEXT);
        assertThat(page.locator("body")).not().containsText("Invalid JSON");
        assertThat(visible(page.getByLabel("Title"))).hasValue(title);
        assertThat(visible(page.getByLabel("Text (Markdown)")))
                .hasValue("Getypt terwijl een beheerder het account uitschakelde.");
    }

    private void openTheNewArticle(Page browser) {
        browser.navigate(url("/admin/articles"));
        SignInForm.signIn(browser, username, PASSWORD);
        assertThat(visible(browser.getByLabel("Title"))).isVisible(PATIENTLY);
    }

    /** The editor checks in every second here; the title reached the server's copy within a few. */
    private void waitUntilTheServerKeptTheTitle() {
        var deadline = System.currentTimeMillis() + 30_000;
        while (dsl.fetchCount(
                        KEPT_COPY.join(KEPT_COPY_TEXT).on(KEPT_COPY_TEXT.KEPT_COPY_ID.eq(KEPT_COPY.ID)),
                        KEPT_COPY.USERNAME.eq(username).and(KEPT_COPY_TEXT.TITLE.eq(title)))
                == 0) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("the server kept no copy of " + title);
            }
            page.waitForTimeout(200);
        }
    }

    /** Acts through the same security context source that this application's method security reads. */
    private void asAdministrator(Runnable action) {
        security.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "admin", null, AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
        try {
            action.run();
        } finally {
            security.clearContext();
        }
    }
}
