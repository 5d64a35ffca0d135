package org.newsdesk.bench;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;

/**
 * Visitors of the Dutch news grid in headless Chromium, each in a browser context of their own, so each is one
 * visitor with one session.
 */
final class NewsGridVisitors {

    private static final String LIVE_GRID = ".site:not(#prerender) .news-grid";

    private NewsGridVisitors() {}

    /** Opens the grid in a tab per visitor and waits until each shows the live grid. */
    static List<BrowserContext> open(Browser browser, RunningApplication app, int visitors) {
        var opened = new ArrayList<BrowserContext>();
        for (int i = 0; i < visitors; i++) {
            var visitor = browser.newContext(new Browser.NewContextOptions().setLocale("nl-NL"));
            var page = visitor.newPage();
            page.navigate(app.url("/nl/"));
            page.locator(LIVE_GRID).first().waitFor(new Locator.WaitForOptions().setTimeout(60_000));
            opened.add(visitor);
        }
        return opened;
    }

    static void closeAll(List<BrowserContext> visitors) {
        for (var visitor : visitors) {
            // Closing the page first lets it tell the server, as a closing tab does; then the visitor goes.
            visitor.pages().forEach(page -> page.close());
            visitor.close();
        }
    }
}
