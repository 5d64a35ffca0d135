package org.newsdesk.notes;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.newsdesk.base.Language;
import org.newsdesk.base.Rejected;
import org.newsdesk.security.EditorsAndTranslators;
import org.newsdesk.security.SignedIn;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notes staff leave on an article for each other: dated, signed, plain text, kept with the article and deleted with
 * it. Translators see every article, so they may read and write its notes too. No public read path reaches them.
 */
@Service
@Transactional
@EditorsAndTranslators
public class InternalNotes {

    public static final int MAX_LENGTH = 4000;

    private final NoteRepository notes;
    private final Clock clock;
    private final SecurityContextHolderStrategy security;

    InternalNotes(NoteRepository notes, Clock clock, SecurityContextHolderStrategy security) {
        this.notes = notes;
        this.clock = clock;
        this.security = security;
    }

    /**
     * @param language the language version the note is about, or null for the whole article
     * @throws Rejected for an empty or too long text, or an article that is gone; nothing is stored
     */
    public void add(long articleId, @Nullable Language language, NoteKind kind, String text) {
        var written = text.strip();
        if (written.isEmpty()) {
            throw new Rejected("note", "note.required");
        }
        if (written.length() > MAX_LENGTH) {
            throw new Rejected("note", "validation.tooLong", MAX_LENGTH, written.length());
        }
        if (!notes.articleExists(articleId)) {
            throw new Rejected("note", "note.articleGone");
        }
        notes.insert(articleId, language, kind, SignedIn.username(security), Instant.now(clock), written);
    }

    /** Newest first. */
    @Transactional(readOnly = true)
    public List<Note> of(long articleId) {
        return notes.findOf(articleId);
    }
}
