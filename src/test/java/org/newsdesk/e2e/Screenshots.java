package org.newsdesk.e2e;

import java.nio.file.Path;

import com.microsoft.playwright.Page;

/** Whole-page screenshots under target/screenshots, for a person to look at what a test saw. */
final class Screenshots {

    private static final Path FOLDER = Path.of("target", "screenshots");

    private Screenshots() {}

    /** The page at a desktop width and at a phone's, then back at the desktop width the tests run in. */
    static void desktopAndPhone(Page page, String name) {
        for (var size : new int[][] {{1280, 900}, {390, 844}}) {
            page.setViewportSize(size[0], size[1]);
            page.screenshot(new Page.ScreenshotOptions()
                    .setFullPage(true)
                    .setPath(FOLDER.resolve(name + "-" + (size[0] > 1000 ? "desktop" : "phone") + ".png")));
        }
        page.setViewportSize(1280, 900);
    }
}
