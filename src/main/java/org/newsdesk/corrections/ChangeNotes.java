package org.newsdesk.corrections;

import java.time.Instant;
import java.util.List;

import org.newsdesk.base.Language;
import org.newsdesk.base.SiteTime;
import org.newsdesk.security.EditorsAndTranslators;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The change notes of published versions. Written only as part of the save that changes the version (the editorial
 * service's transaction), so a note never describes a change that was not kept; read by the public article page.
 */
@Service
public class ChangeNotes {

    private final ChangeNoteRepository notes;
    private final SiteTime siteTime;

    ChangeNotes(ChangeNoteRepository notes, SiteTime siteTime) {
        this.notes = notes;
        this.siteTime = siteTime;
    }

    /** Keeps a noted change; a minor one leaves no note. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(long articleId, Language language, ChangeNote note, String editor, Instant at) {
        if (note.kind().isNoted()) {
            notes.insert(articleId, language, note, editor, at);
        }
    }

    /** What readers of this version are told changed, newest first. */
    @Transactional(readOnly = true)
    public List<PublicChangeNote> of(long articleId, Language language) {
        return notes.findOf(articleId, language, siteTime.zone());
    }

    /** Every language version's notes with who wrote them, newest first: for the article's history. */
    @Transactional(readOnly = true)
    @EditorsAndTranslators
    public List<NotedChange> allOf(long articleId) {
        return notes.findAllOf(articleId, siteTime.zone());
    }
}
