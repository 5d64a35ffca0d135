package org.newsdesk.backoffice.article;

/**
 * Formatting in the Markdown text area, as in any writing tool: bold and italic wrap the selection (or leave the
 * cursor between the marks), heading, quote and list toggle the prefix of the lines the cursor or selection is on,
 * and a link selects its {@code https://} so that the address can be typed over it. Ctrl (or ⌘) with B, I or K does
 * the same from the keyboard. It runs in the browser: formatting must not wait for the server.
 */
final class MarkdownFormatting {

    /** Installed on the text area element; {@code ndFormat(kind)} is what the toolbar's buttons call. */
    static final String SCRIPT = """
            const host = this;
            const prefixes = {heading: '## ', quote: '> ', list: '- '};
            const tell = area => {
              area.dispatchEvent(new Event('input', {bubbles: true}));
              area.dispatchEvent(new Event('change', {bubbles: true}));
            };
            const wrap = (area, mark) => {
              const start = area.selectionStart, end = area.selectionEnd;
              const chosen = area.value.substring(start, end);
              area.setRangeText(mark + chosen + mark, start, end, 'select');
              area.setSelectionRange(start + mark.length, start + mark.length + chosen.length);
            };
            const toggleLines = (area, prefix) => {
              const value = area.value, start = area.selectionStart, end = area.selectionEnd;
              const first = value.lastIndexOf('\\n', start - 1) + 1;
              let last = value.indexOf('\\n', end);
              if (last < 0) { last = value.length; }
              const lines = value.substring(first, last).split('\\n');
              const all = lines.every(line => line.startsWith(prefix));
              const changed = lines.map(line => all ? line.substring(prefix.length)
                  : prefix + line.replace(/^(## |> |- )/, '')).join('\\n');
              area.setRangeText(changed, first, last, 'preserve');
              const shift = changed.length - (last - first);
              const cursor = Math.max(first, start + (all ? -prefix.length : prefix.length));
              area.setSelectionRange(cursor, Math.max(cursor, end + shift));
            };
            const link = area => {
              const start = area.selectionStart, end = area.selectionEnd;
              const chosen = area.value.substring(start, end);
              const text = '[' + chosen + '](https://)';
              area.setRangeText(text, start, end, 'end');
              const address = start + chosen.length + 3;
              area.setSelectionRange(address, address + 'https://'.length);
            };
            host.ndFormat = kind => {
              const area = host.inputElement;
              area.focus();
              if (kind === 'bold') { wrap(area, '**'); }
              else if (kind === 'italic') { wrap(area, '_'); }
              else if (kind === 'link') { link(area); }
              else { toggleLines(area, prefixes[kind]); }
              tell(area);
            };
            if (!host.ndShortcuts) {
              host.ndShortcuts = true;
              host.addEventListener('keydown', event => {
                const kind = {b: 'bold', i: 'italic', k: 'link'}[event.key.toLowerCase()];
                if (kind && (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey) {
                  event.preventDefault();
                  host.ndFormat(kind);
                }
              });
            }
            """;

    private MarkdownFormatting() {}
}
