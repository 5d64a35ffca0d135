/** Nullness: every type here is non-null unless marked {@code @Nullable} (checked by NullAway). */
@NullMarked
package org.newsdesk.backoffice.start;

import org.jspecify.annotations.NullMarked;
