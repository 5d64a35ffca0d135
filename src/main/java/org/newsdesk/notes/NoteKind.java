package org.newsdesk.notes;

/** Why a note was written: the back office names the two that a workflow step left. */
public enum NoteKind {
    /** Written as a note. */
    NOTE,
    /** The remark of a reviewer who sent a version back to draft. */
    SENT_BACK,
    /** The reason an editor gave for publishing a version without review. */
    WITHOUT_REVIEW
}
