package org.newsdesk.site.cache;

/**
 * Which addresses are public pages, whose first response is the same for every visitor without a session: the
 * news grid with any filter, articles, themes and the not-found page. The public site's page renderer knows.
 */
public interface PublicPageAddresses {

    /** @param path the address's path, decoded, starting with a slash */
    boolean isPublicPage(String path);
}
