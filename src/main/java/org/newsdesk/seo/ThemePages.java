package org.newsdesk.seo;

import org.newsdesk.base.Language;

/** The address of a theme page. PublicRoutes has none yet; this belongs there once the theme view exists. */
final class ThemePages {

    private ThemePages() {
    }

    static String path(Language language, String slug) {
        return language.code() + "/themes/" + slug;
    }
}
