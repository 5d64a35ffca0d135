package org.newsdesk.e2e;

import org.jooq.DSLContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A browser test in the back office, in British English, as an editor of its own made for it. */
abstract class EditorBrowserTest extends BrowserTest {

    @Autowired
    DSLContext dsl;

    @Autowired
    PasswordEncoder passwords;

    @Override
    String browserLocale() {
        return "en-GB";
    }

    /** Opens the back office's page at this path and signs in on the way, as a new editor with this display name. */
    void signInAt(String path, String displayName) {
        page.navigate(url(path));
        SignInForm.signIn(page, ThrowawayEditors.editor(dsl, passwords, displayName), ThrowawayEditors.PASSWORD);
    }
}
