package org.newsdesk.history;

import java.time.Instant;

import org.newsdesk.audit.AuditEvent;
import org.newsdesk.base.Language;
import org.newsdesk.corrections.NotedChange;
import org.newsdesk.editorial.Revision;
import org.newsdesk.notes.Note;

/** One thing that happened to an article, in its history. */
public sealed interface HistoryEntry {

    Instant at();

    /** A state change, review decision or publication, as the audit log recorded it. */
    record Recorded(AuditEvent event) implements HistoryEntry {
        @Override
        public Instant at() {
            return event.occurredAt();
        }
    }

    /** A language version's text as one save or confirmation kept it. */
    record Kept(Language language, Revision revision) implements HistoryEntry {
        @Override
        public Instant at() {
            return revision.savedAt();
        }
    }

    /** An internal note, a remark of a reviewer or a reason to publish without review. */
    record Noted(Note note) implements HistoryEntry {
        @Override
        public Instant at() {
            return note.writtenAt();
        }
    }

    /** A correction or update its readers were told of. */
    record Corrected(NotedChange change) implements HistoryEntry {
        @Override
        public Instant at() {
            return change.note().notedAt();
        }
    }
}
