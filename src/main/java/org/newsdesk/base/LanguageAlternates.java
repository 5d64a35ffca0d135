package org.newsdesk.base;

import java.util.Map;

/**
 * A public page that exists in several languages. The language switch links to these paths, so a visitor who
 * changes language stays on the same content.
 */
public interface LanguageAlternates {

    /** Site-relative paths (no leading slash) of this page in each language it exists in. */
    Map<Language, String> alternates();
}
