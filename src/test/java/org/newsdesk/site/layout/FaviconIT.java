package org.newsdesk.site.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.newsdesk.SiteClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every browser asks for the site's icon: it gets one, without a session, and pages name the SVG one. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FaviconIT {

    @LocalServerPort
    int port;

    @Test
    void theIconIsServedAsAFileAndEveryPageNamesItsSvgVersion() {
        var site = new SiteClient(port);

        var ico = site.get("/favicon.ico");
        assertThat(ico.statusCode()).isEqualTo(200);
        assertThat(ico.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(ico.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).contains("icon"));

        var page = Jsoup.parse(site.get("/nl/").body());
        var icon = page.selectFirst("link[rel=icon]");
        assertThat(icon).isNotNull();
        assertThat(icon.attr("href")).isEqualTo("site/favicon.svg");
        var svg = site.get("/" + icon.attr("href"));
        assertThat(svg.statusCode()).isEqualTo(200);
        assertThat(svg.body()).startsWith("<svg");
    }
}
