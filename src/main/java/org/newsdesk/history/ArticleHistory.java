package org.newsdesk.history;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.newsdesk.audit.ArticleAuditTrail;
import org.newsdesk.base.Language;
import org.newsdesk.corrections.ChangeNotes;
import org.newsdesk.editorial.EditorialService;
import org.newsdesk.notes.InternalNotes;
import org.newsdesk.security.EditorsAndTranslators;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Everything that happened to one article, for the staff who work on it; each part read where it is kept. */
@Service
@Transactional(readOnly = true)
@EditorsAndTranslators
public class ArticleHistory {

    private final ArticleAuditTrail audit;
    private final EditorialService editorial;
    private final InternalNotes notes;
    private final ChangeNotes changeNotes;

    ArticleHistory(ArticleAuditTrail audit, EditorialService editorial, InternalNotes notes, ChangeNotes changeNotes) {
        this.audit = audit;
        this.editorial = editorial;
        this.notes = notes;
        this.changeNotes = changeNotes;
    }

    /** Newest first; empty for an article that does not exist (any more). */
    public List<HistoryEntry> of(long articleId) {
        var entries = new ArrayList<HistoryEntry>();
        audit.of(articleId).forEach(event -> entries.add(new HistoryEntry.Recorded(event)));
        if (editorial.load(articleId).isPresent()) {
            for (var language : Language.values()) {
                editorial
                        .revisions(articleId, language)
                        .forEach(revision -> entries.add(new HistoryEntry.Kept(language, revision)));
            }
            notes.of(articleId).forEach(note -> entries.add(new HistoryEntry.Noted(note)));
            changeNotes.allOf(articleId).forEach(change -> entries.add(new HistoryEntry.Corrected(change)));
        }
        entries.sort(Comparator.comparing(HistoryEntry::at).reversed());
        return entries;
    }
}
