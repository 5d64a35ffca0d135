package org.newsdesk.editorial;

import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.newsdesk.base.Language;
import org.newsdesk.corrections.ChangeNote;

/**
 * How a save came about, which decides whether it may take versions live while review is required: written by
 * someone, approved by a reviewer, published without review for a reason, or taken down and put back.
 *
 * @param kind     the kind of the revisions it keeps
 * @param approved the versions a reviewer approved, which may go live
 * @param reason   why versions go live without review; null for every other save
 * @param changeNotes what the changes to published versions are to their readers; a version without one changes
 *                 in a minor way
 */
record Passage(
        RevisionKind kind, Set<Language> approved, @Nullable String reason, Map<Language, ChangeNote> changeNotes) {

    static final Passage WRITTEN = new Passage(RevisionKind.SAVED, Set.of(), null, Map.of());

    static final Passage SENT_BACK = new Passage(RevisionKind.REVIEWED, Set.of(), null, Map.of());

    /** Withdrawing, unpublishing or putting back: putting back what was live needs no review again. */
    static final Passage TAKEN_DOWN = new Passage(RevisionKind.TAKEN_DOWN, Set.of(), null, Map.of());

    static Passage approved(Set<Language> languages) {
        return new Passage(RevisionKind.REVIEWED, Set.copyOf(languages), null, Map.of());
    }

    static Passage withoutReview(String reason) {
        return new Passage(RevisionKind.SAVED, Set.of(), reason, Map.of());
    }

    /** Written by someone who says, per published version, what its change is to its readers. */
    static Passage written(Map<Language, ChangeNote> changeNotes) {
        return new Passage(RevisionKind.SAVED, Set.of(), null, Map.copyOf(changeNotes));
    }

    /** What this save tells the readers of a published version about its change; a minor change by default. */
    ChangeNote changeNote(Language language) {
        return changeNotes.getOrDefault(language, ChangeNote.MINOR);
    }

    boolean mayGoLive(Language language) {
        return reason != null || approved.contains(language) || takesDown();
    }

    /** Only the actions of taking down take a version into the states of taken down, each with what it says. */
    boolean takesDown() {
        return kind == RevisionKind.TAKEN_DOWN;
    }
}
