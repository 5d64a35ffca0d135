package org.newsdesk.backoffice.article;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import com.vaadin.flow.dom.Element;
import org.jspecify.annotations.Nullable;
import org.newsdesk.autosave.KeptCopies;
import org.newsdesk.autosave.KeptCopy;
import org.newsdesk.autosave.KeptText;
import org.newsdesk.base.Language;

/**
 * The open editor's unsaved text, kept twice: on the server at every check-in, and in the browser at every
 * keystroke (kept-copy.js, in localStorage), for when the server cannot be reached or the session has ended and
 * the last keystrokes never arrived. Both copies are the signed-in editor's own: the server's belong to their
 * account, the browser's carry their username in the key.
 */
final class UnsavedChanges {

    private static final String SCRIPT = "window.newsdeskKeptCopy";

    private final KeptCopies copies;
    private final Clock clock;
    private final Element editor;
    private final String username;
    private @Nullable Long articleId;
    private int baseVersion;
    /** The text the copies hold now, or as stored: nothing to keep while the fields show it. Null: none. */
    private @Nullable Map<Language, KeptText> kept;

    UnsavedChanges(KeptCopies copies, Clock clock, Element editor, String username) {
        this.copies = copies;
        this.clock = clock;
        this.editor = editor;
        this.username = username;
    }

    /**
     * From now on the editor changes this article (null: a new one) at this version, whose stored text it shows;
     * the browser starts over from that text too.
     */
    void follow(@Nullable Long articleId, int baseVersion, Map<Language, KeptText> stored) {
        this.articleId = articleId;
        this.baseVersion = baseVersion;
        this.kept = stored;
        var start = BrowserCopy.of(new KeptCopy(articleId, baseVersion, Instant.now(clock), stored));
        editor.executeJs(
                SCRIPT + ".watch(this, $0, $1, $2)",
                browserKey(),
                start,
                copies.lifetime().toMillis());
    }

    /** Keeps the text in the fields, unless it is what the copies hold already. */
    void keep(Map<Language, KeptText> inFields) {
        if (inFields.equals(kept)) {
            return;
        }
        var copy = copies.keep(articleId, baseVersion, inFields);
        kept = inFields;
        editor.executeJs(SCRIPT + ".kept($0)", BrowserCopy.of(copy));
    }

    /** The server's copy, if one is kept. */
    Optional<KeptCopy> onServer() {
        return copies.find(articleId);
    }

    /** Hands the browser's copy, when this browser holds one, to {@code found}; later, after a round trip. */
    void inBrowser(Consumer<KeptCopy> found) {
        var copyOf = articleId;
        editor.executeJs("return " + SCRIPT + ".read($0)", browserKey()).then(BrowserCopy.class, copy -> {
            if (copy != null) {
                found.accept(copy.asCopyOf(copyOf));
            }
        });
    }

    /** The editor saved or discarded the changes: neither copy is wanted any more. */
    void forget() {
        copies.forget(articleId);
        kept = null;
        editor.executeJs(SCRIPT + ".forget($0)", browserKey());
    }

    private String browserKey() {
        return "newsdesk.kept-copy." + username + "." + (articleId == null ? "new" : articleId);
    }
}
