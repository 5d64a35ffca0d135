package org.newsdesk.base;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A public page that exists in several languages. The language switch links to these paths, so a visitor who
 * changes language stays on the same content.
 */
public interface LanguageAlternates {

    /** Site-relative paths (no leading slash) of this page in each language it exists in. */
    Map<Language, String> alternates();

    /** The paths of a page that every language has, such as the news or the themes index. */
    static Map<Language, String> inEveryLanguage(Function<Language, String> path) {
        var paths = new EnumMap<Language, String>(Language.class);
        for (var language : Language.values()) {
            paths.put(language, path.apply(language));
        }
        return paths;
    }
}
