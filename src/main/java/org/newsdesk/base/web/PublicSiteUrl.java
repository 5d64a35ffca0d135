package org.newsdesk.base.web;

/** The absolute address of the public site, without a trailing slash, such as https://news.example.org. */
public record PublicSiteUrl(String root) {

    /** The absolute URL of a site-relative path such as {@code nl/news/some-slug}. */
    public String of(String path) {
        return root + "/" + path;
    }
}
