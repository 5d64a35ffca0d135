package org.newsdesk.editorial;

/** Someone else saved the article after this editor loaded it; nothing was stored. */
public class EditConflictException extends RuntimeException {

    private final String otherEditor;

    EditConflictException(String otherEditor) {
        super("The article was saved meanwhile by " + otherEditor);
        this.otherEditor = otherEditor;
    }

    public String otherEditor() {
        return otherEditor;
    }
}
