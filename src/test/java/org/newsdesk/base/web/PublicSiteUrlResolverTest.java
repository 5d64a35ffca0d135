package org.newsdesk.base.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockHttpServletRequest;

class PublicSiteUrlResolverTest {

    @Test
    void configuredAddressWinsOverTheRequest() {
        var resolver = new PublicSiteUrlResolver(" https://news.example.org/ ");

        var site = resolver.resolve(request());

        assertThat(site.of("nl/news/a-slug")).isEqualTo("https://news.example.org/nl/news/a-slug");
    }

    @Test
    void withoutConfigurationTheRequestGivesSchemeHostPortAndContextPath() {
        var resolver = new PublicSiteUrlResolver("");

        var site = resolver.resolve(request());

        assertThat(site.of("sitemap.xml")).isEqualTo("https://intranet.example.org:8443/news/sitemap.xml");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "news.example.org",
                "ftp://news.example.org",
                "https://",
                "https://news.example.org/?a=b",
                "https://news example.org"
            })
    void addressThatCannotPrefixLinksIsRejectedAtStartUp(String publicUrl) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new PublicSiteUrlResolver(publicUrl))
                .withMessageContaining("newsdesk.public-url");
    }

    private static MockHttpServletRequest request() {
        var request = new MockHttpServletRequest("GET", "/news/sitemap.xml");
        request.setScheme("https");
        request.setServerName("intranet.example.org");
        request.setServerPort(8443);
        request.setContextPath("/news");
        return request;
    }
}
