package org.newsdesk.notes;

/** Why a note was written: the back office names those that a workflow step or a visitor left. */
public enum NoteKind {
    /** Written as a note. */
    NOTE,
    /** The remark of a reviewer who sent a version back to draft. */
    SENT_BACK,
    /** The reason an editor gave for publishing a version without review. */
    WITHOUT_REVIEW,
    /** A comment left through a preview link by someone without an account, under the name they gave. */
    OUTSIDE_COMMENT
}
