package org.newsdesk.site.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsdesk.SiteClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** robots.txt as a crawler reads it over HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RobotsEndpointIT {

    @LocalServerPort
    int port;

    @Test
    void keepsCrawlersOutOfTheBackOfficeAndPointsToTheSitemap() {
        var site = new SiteClient(port);

        var response = site.get("/robots.txt");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/plain;charset=UTF-8");
        assertThat(response.body().lines())
                .containsExactly(
                        "User-agent: *",
                        "Allow: /",
                        "Disallow: /admin",
                        "Disallow: /login",
                        "Sitemap: " + site.root() + "/sitemap.xml");
    }
}
