package org.newsdesk.counting;

import java.util.Comparator;

import org.newsdesk.base.Language;

/** The language version of an article a visitor read: views are counted per version, shown per article too. */
record ViewedVersion(long articleId, Language language) {

    /** The order in which flushes lock the count rows: the same in every application instance. */
    static final Comparator<ViewedVersion> LOCK_ORDER =
            Comparator.comparingLong(ViewedVersion::articleId).thenComparing(ViewedVersion::language);
}
