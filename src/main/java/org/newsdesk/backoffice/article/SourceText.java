package org.newsdesk.backoffice.article;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.newsdesk.base.Language;

/**
 * A field's text in the language a translation is made from, read-only beside the field, in that language for
 * screen readers too. Markdown stays as written: the translator keeps its links and emphasis.
 */
class SourceText extends Div {

    private final Span label = new Span();
    private final Div text = new Div();

    /** @param field the name of the field it stands beside, for tests and styles */
    SourceText(String field) {
        addClassName("source-text");
        getElement().setAttribute("data-source-of", field);
        label.addClassName("source-text-label");
        text.addClassName("source-text-content");
        add(label, text);
        setVisible(false);
    }

    void show(Language source, String labelText, String content) {
        label.setText(labelText);
        text.setText(content);
        text.getElement().setAttribute("lang", source.code());
        setVisible(true);
    }
}
