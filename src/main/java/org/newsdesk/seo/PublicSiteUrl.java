package org.newsdesk.seo;

/** The absolute address of the public site, without a trailing slash, such as https://news.example.org. */
record PublicSiteUrl(String root) {

    /** The absolute URL of a site-relative path such as {@code nl/news/some-slug}. */
    String of(String path) {
        return root + "/" + path;
    }
}
