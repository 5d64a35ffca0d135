package org.newsdesk.autosave;

/**
 * One language version's text as the editor had typed it when it was kept, valid or not. It carries no
 * publication state: bringing a copy back must never publish, hide or reschedule anything.
 */
public record KeptText(String title, String slug, String teaser, String body) {

    /** A copy from the browser may lack a field; it counts as empty. */
    public KeptText {
        title = title == null ? "" : title;
        slug = slug == null ? "" : slug;
        teaser = teaser == null ? "" : teaser;
        body = body == null ? "" : body;
    }
}
