package org.newsdesk.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

/**
 * A headless Chromium for end-to-end tests and benchmarks. Where the system has Chromium (as CI installs it) that one is used
 * and Playwright is told not to download its own; elsewhere Playwright fetches its browser as usual.
 */
public final class BrowserSession implements AutoCloseable {

    private static final Path SYSTEM_CHROMIUM = Path.of("/usr/bin/chromium");

    private final Playwright playwright;
    private final Browser browser;

    public BrowserSession() {
        var launch = new BrowserType.LaunchOptions()
                .setHeadless(true)
                .setArgs(List.of(
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--no-first-run"));
        if (Files.isExecutable(SYSTEM_CHROMIUM)) {
            playwright = Playwright.create(
                    new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            launch.setExecutablePath(SYSTEM_CHROMIUM);
        } else {
            playwright = Playwright.create();
        }
        browser = playwright.chromium().launch(launch);
    }

    public Browser browser() {
        return browser;
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
