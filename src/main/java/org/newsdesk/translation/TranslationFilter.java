package org.newsdesk.translation;

import org.jspecify.annotations.Nullable;
import org.newsdesk.base.Language;

/**
 * Which articles the translation overview lists: those with a version in the given state, in the given language
 * (null: any). "Missing" without a language means missing in at least one language.
 */
public record TranslationFilter(
        @Nullable Language language, @Nullable TranslationState state) {

    public static final TranslationFilter ALL = new TranslationFilter(null, null);
}
