package org.newsdesk.notes;

import java.time.Clock;
import java.time.Instant;

import org.newsdesk.base.Language;
import org.newsdesk.base.Problems;
import org.newsdesk.base.Rejected;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Comments of reviewers without an account, kept as internal notes of the version they read. Nobody is signed in, so
 * no role can be checked: only {@code previewlink.PreviewLinks} calls this, once it has checked the link the comment
 * came through (ArchitectureTest keeps it so).
 */
@Service
@Transactional
public class OutsideComments {

    /** What the name column holds; a real name fits. */
    public static final int MAX_NAME_LENGTH = 64;

    public static final int MAX_LENGTH = 2000;

    private final NoteRepository notes;
    private final Clock clock;

    OutsideComments(NoteRepository notes, Clock clock) {
        this.notes = notes;
        this.clock = clock;
    }

    /**
     * @param reviewer the name the reviewer gave
     * @throws Rejected for a missing or too long name or text ({@code name}, {@code text}), or an article that is
     *                  gone; nothing is stored
     */
    public void add(long articleId, Language language, String reviewer, String text) {
        var name = oneLine(reviewer);
        var written = withoutControlCharacters(text).strip();
        var problems = new Problems();
        if (name.isEmpty()) {
            problems.add("name", "comment.nameRequired");
        } else if (name.length() > MAX_NAME_LENGTH) {
            problems.add("name", "validation.tooLong", MAX_NAME_LENGTH, name.length());
        }
        if (written.isEmpty()) {
            problems.add("text", "comment.textRequired");
        } else if (written.length() > MAX_LENGTH) {
            problems.add("text", "validation.tooLong", MAX_LENGTH, written.length());
        }
        problems.rejectIfAny();
        if (!notes.articleExists(articleId)) {
            throw new Rejected("text", "note.articleGone");
        }
        notes.insert(articleId, language, NoteKind.OUTSIDE_COMMENT, name, Instant.now(clock), written);
    }

    /** A name is one line of ordinary characters, however it was pasted. */
    private static String oneLine(String text) {
        return text.replaceAll("[\\p{Cc}\\p{Cf}\\s]+", " ").strip();
    }

    /** Line breaks stay; other control characters would only confuse whoever reads the note. */
    private static String withoutControlCharacters(String text) {
        return text.replaceAll("[\\p{Cc}\\p{Cf}&&[^\\n\\t]]", "");
    }
}
