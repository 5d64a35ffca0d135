package org.newsdesk.redirect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The written form of redirect paths. */
class RedirectPathsTest {

    @Test
    void anOldPathIsDecodedWithOneSlashBetweenSegmentsAndNoTrailingSlash() {
        assertThat(RedirectPaths.oldPath(" /nieuws//2019/oud%20bericht.html "))
                .contains("/nieuws/2019/oud bericht.html");
        assertThat(RedirectPaths.oldPath("/archief/")).contains("/archief");
        assertThat(RedirectPaths.oldPath("/index.php?id=5")).contains("/index.php");
        assertThat(RedirectPaths.oldPath("HTTPS://old.example.org/a+b")).contains("/a+b");
        assertThat(RedirectPaths.oldPath("https://old.example.org")).contains("/");
    }

    @Test
    void whatABrowserCouldReadAsAnotherSiteIsNoPath() {
        assertThat(RedirectPaths.targetPath("//evil.example")).isEmpty();
        assertThat(RedirectPaths.targetPath("/\\evil.example")).isEmpty();
        assertThat(RedirectPaths.targetPath("/%5Cevil.example")).isEmpty();
        assertThat(RedirectPaths.targetPath("https://evil.example")).isEmpty();
        assertThat(RedirectPaths.targetPath("/nl/%0d%0aSet-Cookie:x")).isEmpty();
        assertThat(RedirectPaths.targetPath("/nl/?q=a b")).isEmpty();
        assertThat(RedirectPaths.targetPath("/nl/?q=a%20b")).contains("/nl/?q=a%20b");
    }

    @Test
    void aLocationIsEncodedWhereItHasToBe() {
        assertThat(RedirectPaths.encoded("/nl/themes/één")).isEqualTo("/nl/themes/%C3%A9%C3%A9n");
        assertThat(RedirectPaths.encoded("/nl/?theme=water")).isEqualTo("/nl/?theme=water");
    }
}
