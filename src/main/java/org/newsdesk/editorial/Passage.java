package org.newsdesk.editorial;

import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.newsdesk.base.Language;

/**
 * How a save came about, which decides whether it may take versions live while review is required: written by
 * someone, approved by a reviewer, or published without review for a reason.
 *
 * @param kind     the kind of the revisions it keeps
 * @param approved the versions a reviewer approved, which may go live
 * @param reason   why versions go live without review; null for every other save
 */
record Passage(
        RevisionKind kind, Set<Language> approved, @Nullable String reason) {

    static final Passage WRITTEN = new Passage(RevisionKind.SAVED, Set.of(), null);

    static final Passage SENT_BACK = new Passage(RevisionKind.REVIEWED, Set.of(), null);

    static Passage approved(Set<Language> languages) {
        return new Passage(RevisionKind.REVIEWED, Set.copyOf(languages), null);
    }

    static Passage withoutReview(String reason) {
        return new Passage(RevisionKind.SAVED, Set.of(), reason);
    }

    boolean mayGoLive(Language language) {
        return reason != null || approved.contains(language);
    }
}
