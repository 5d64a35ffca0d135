package org.newsdesk.theme;

import org.jspecify.annotations.Nullable;
import org.newsdesk.base.Language;

/** A theme as shown in one language. */
public record Theme(
        long id,
        Language language,
        String slug,
        String name,
        @Nullable String description) {}
