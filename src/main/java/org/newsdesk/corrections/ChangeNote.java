package org.newsdesk.corrections;

/**
 * What an editor says about a change to a published version, before it is saved.
 *
 * @param text what changed, for readers; empty for a minor change
 */
public record ChangeNote(ChangeKind kind, String text) {

    public static final int MAX_LENGTH = 300;
    public static final ChangeNote MINOR = new ChangeNote(ChangeKind.MINOR, "");

    public ChangeNote {
        text = text == null ? "" : text.strip();
    }
}
