package org.newsdesk.backoffice.article;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/**
 * Offers the editor what they typed and did not save on an earlier visit (the browser crashed, the tab closed,
 * the session ended): restore it or discard it. It sits in the page, not in a dialog, so the editor can look at
 * the stored version first, and it waits for an answer without stopping anyone from writing.
 */
class KeptCopyOffer extends Div {

    private final Span question = new Span();

    KeptCopyOffer(Runnable restore, Runnable discard) {
        addClassName("kept-copy-offer");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", getTranslation("editor.kept.label"));
        question.addClassName("kept-copy-question");
        var hint = new Paragraph(getTranslation("editor.kept.hint"));
        hint.addClassName("kept-copy-hint");
        var restoreButton = new Button(getTranslation("editor.kept.restore"), click -> restore.run());
        restoreButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var discardButton = new Button(getTranslation("editor.kept.discard"), click -> discard.run());
        discardButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var answers = new Div(restoreButton, discardButton);
        answers.addClassName("kept-copy-answers");
        var text = new Div(question, hint);
        text.addClassName("kept-copy-text");
        add(text, answers);
        setVisible(false);
    }

    /** @param keptAt when the copy was kept, as the editor reads dates and times */
    void offer(String keptAt) {
        question.setText(getTranslation("editor.kept.offer", keptAt));
        setVisible(true);
    }

    void withdraw() {
        setVisible(false);
    }
}
