package org.newsdesk.site.article;

import java.util.Locale;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.jspecify.annotations.Nullable;
import org.newsdesk.base.Language;
import org.newsdesk.base.Problem;
import org.newsdesk.base.Rejected;
import org.newsdesk.notes.OutsideComments;

/**
 * Where someone reading a preview link tells the newsroom what they think: their name and a plain text, which the
 * newsroom reads among the article's internal notes. A refused comment says why next to its field and leaves the
 * text in place; a comment passed on empties the text, so that a second one is a new one.
 */
class PreviewCommentForm extends Div {

    /** Passes a comment on, or refuses it with what was wrong. */
    interface Sender {
        void send(String name, String text) throws Rejected;
    }

    private final Locale locale;
    private final TextField name = new TextField();
    private final TextArea text = new TextArea();
    private final Paragraph outcome = new Paragraph();

    PreviewCommentForm(Language language, Sender sender) {
        locale = language.locale();
        addClassName("preview-comment");
        name.setLabel(translate("sharedPreview.comment.name"));
        name.setMaxLength(OutsideComments.MAX_NAME_LENGTH);
        name.setWidthFull();
        text.setLabel(translate("sharedPreview.comment.text"));
        text.setMaxLength(OutsideComments.MAX_LENGTH);
        text.setWidthFull();
        outcome.setVisible(false);
        var send = new Button(translate("sharedPreview.comment.send"), click -> send(sender));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(
                new H2(translate("sharedPreview.comment.heading")),
                new Paragraph(translate("sharedPreview.comment.help")),
                name,
                text,
                send,
                outcome);
    }

    private void send(Sender sender) {
        try {
            sender.send(name.getValue(), text.getValue());
            mark(name, null);
            mark(text, null);
            text.clear();
            tell("comment-sent", translate("sharedPreview.comment.sent"));
        } catch (Rejected rejected) {
            var problems = rejected.problems();
            mark(name, problems.get("name"));
            mark(text, problems.get("text"));
            var whole = problems.get("comment");
            if (whole != null) {
                tell("comment-problem", translate(whole));
            } else {
                outcome.setVisible(false);
            }
        }
    }

    private void tell(String kind, String message) {
        outcome.setClassName(kind);
        outcome.setText(message);
        outcome.setVisible(true);
    }

    private void mark(HasValidation field, @Nullable Problem problem) {
        field.setInvalid(problem != null);
        field.setErrorMessage(problem == null ? null : translate(problem));
    }

    private String translate(Problem problem) {
        return getTranslation(locale, problem.messageKey(), problem.argumentArray());
    }

    private String translate(String key) {
        return getTranslation(locale, key);
    }
}
