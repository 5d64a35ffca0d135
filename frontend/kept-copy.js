/*
 * The article editor's unsaved text, kept in this browser too (localStorage). The server keeps a copy at every
 * check-in of the editor; this script keeps every keystroke in between, for when the server cannot be reached or
 * the session has ended and the last keystrokes never arrived. The editor (ArticleEditorView, UnsavedChanges)
 * tells it what to follow, hands it each copy the server kept, and reads the copy back when it opens again.
 *
 * A copy: {keptAt, baseVersion, versions: {nl: {title, slug, teaser, body}, ...}}, keptAt in milliseconds on the
 * server's clock, so that it compares with the server's copy whatever this computer's clock says.
 */
(() => {
  const PREFIX = 'newsdesk.kept-copy.';
  const QUIET_MS = 300;

  /** What is followed: the editor element, its storage key, the copy so far, the languages typed in. */
  let followed = null;

  function serverNow() {
    return followed.serverTime + (Date.now() - followed.clientTime);
  }

  function startClockAt(serverTime) {
    followed.serverTime = serverTime;
    followed.clientTime = Date.now();
  }

  function textOf(version) {
    const text = {};
    version.querySelectorAll('[data-field]').forEach(field => {
      text[field.dataset.field] = field.value ?? '';
    });
    return text;
  }

  /** Writes the copy, with what the fields of every language typed in show now. */
  function store() {
    clearTimeout(followed.pending);
    followed.touched.forEach(language => {
      const version = followed.editor.querySelector(`[data-language="${language}"]`);
      if (version) {
        followed.copy.versions[language] = textOf(version);
      }
    });
    followed.copy.keptAt = serverNow();
    try {
      localStorage.setItem(followed.key, JSON.stringify(followed.copy));
    } catch (noRoom) {
      // The server's copy remains.
    }
  }

  function typed(event) {
    const version = event.composedPath().find(node => node.dataset && node.dataset.language);
    if (!followed || !version || !followed.editor.contains(version)) {
      return;
    }
    followed.touched.add(version.dataset.language);
    clearTimeout(followed.pending);
    followed.pending = setTimeout(store, QUIET_MS);
  }

  function removeOutlived(lifetime) {
    const oldest = serverNow() - lifetime;
    Object.keys(localStorage)
      .filter(key => key.startsWith(PREFIX))
      .forEach(key => {
        const copy = read(key);
        if (!copy || !(copy.keptAt >= oldest)) {
          localStorage.removeItem(key);
        }
      });
  }

  function read(key) {
    try {
      return JSON.parse(localStorage.getItem(key));
    } catch (damaged) {
      return null;
    }
  }

  // When Vaadin says the session is over (or any other error it cannot recover from), every keystroke is kept
  // here: leaving the page to sign in again needs no "unsaved changes" warning.
  new MutationObserver(() => {
    if (followed && document.querySelector('.v-system-error')) {
      if (followed.touched.size > 0) {
        store();
      }
      window.onbeforeunload = null;
    }
  }).observe(document.body, {childList: true});

  window.newsdeskKeptCopy = {
    /** Follows the editor, which shows this copy's text (as stored: nothing to write until something is typed). */
    watch(editor, key, copy, lifetime) {
      if (followed && followed.pending) {
        clearTimeout(followed.pending);
      }
      followed = {editor, key, copy, touched: new Set()};
      startClockAt(copy.keptAt);
      if (!editor.keptCopyListening) {
        editor.addEventListener('input', typed);
        editor.keptCopyListening = true;
      }
      removeOutlived(lifetime);
    },
    /** The server kept this copy: it is the copy now, plus whatever was typed since. */
    kept(copy) {
      if (!followed) {
        return;
      }
      followed.copy = copy;
      startClockAt(copy.keptAt);
      store();
    },
    read,
    forget(key) {
      localStorage.removeItem(key);
      if (followed && followed.key === key) {
        clearTimeout(followed.pending);
        followed.touched.clear();
      }
    }
  };
})();
