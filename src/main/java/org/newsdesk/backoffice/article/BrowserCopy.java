package org.newsdesk.backoffice.article;

import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.newsdesk.autosave.KeptCopy;
import org.newsdesk.autosave.KeptText;
import org.newsdesk.base.Language;

/**
 * A kept copy as kept-copy.js holds it in the browser's localStorage, in JSON.
 *
 * @param keptAt   milliseconds since the epoch on the server's clock (the script follows it), so that this copy
 *                 and the server's compare by one clock
 * @param versions by language code
 */
record BrowserCopy(long keptAt, int baseVersion, @Nullable Map<String, KeptText> versions) {

    static BrowserCopy of(KeptCopy copy) {
        var versions = new LinkedHashMap<String, KeptText>();
        copy.texts().forEach((language, text) -> versions.put(language.code(), text));
        return new BrowserCopy(copy.keptAt().toEpochMilli(), copy.baseVersion(), versions);
    }

    /** The copy of this article (null: of the new article); a language this site does not know is left out. */
    KeptCopy asCopyOf(@Nullable Long articleId) {
        var texts = new EnumMap<Language, KeptText>(Language.class);
        if (versions != null) {
            versions.forEach((code, text) -> Language.fromCode(code).ifPresent(language -> texts.put(language, text)));
        }
        return new KeptCopy(articleId, baseVersion, Instant.ofEpochMilli(keptAt), texts);
    }
}
