package org.newsdesk.autosave;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.newsdesk.base.Language;

/**
 * What one editor typed in one article's editor and had not saved, as last kept.
 *
 * @param articleId   null for a new article, not saved yet
 * @param baseVersion the article version the editor was changing: a save of the copy over a later version is a
 *                    conflict, as it would have been before the editor lost their session
 * @param texts       the language versions the editor had, by language
 */
public record KeptCopy(@Nullable Long articleId, int baseVersion, Instant keptAt, Map<Language, KeptText> texts) {

    public KeptCopy {
        texts = texts.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(texts));
    }
}
