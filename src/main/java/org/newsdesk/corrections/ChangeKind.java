package org.newsdesk.corrections;

/** What an editor says a change to a published version was. */
public enum ChangeKind {
    /** A typo or wording: readers are not told. */
    MINOR,
    /** Something the version said was wrong and is now put right. */
    CORRECTION,
    /** Something new that readers of the first version should know. */
    UPDATE;

    public boolean isNoted() {
        return this != MINOR;
    }
}
