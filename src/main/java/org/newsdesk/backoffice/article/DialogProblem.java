package org.newsdesk.backoffice.article;

import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.html.Paragraph;
import org.newsdesk.backoffice.layout.FieldProblems;
import org.newsdesk.base.Rejected;

/**
 * What a dialog's action was refused for that none of its fields shows (no version chosen, a version someone took
 * down meanwhile): said at the top of the dialog, which stays open.
 */
class DialogProblem extends Paragraph {

    DialogProblem() {
        addClassName("dialog-problem");
        getElement().setAttribute("role", "alert");
        setVisible(false);
    }

    /** @param shownByFields the problems' names that the dialog's fields show themselves */
    void show(Rejected rejected, Set<String> shownByFields) {
        var text = rejected.problems().entrySet().stream()
                .filter(problem -> !shownByFields.contains(problem.getKey()))
                .map(problem -> FieldProblems.text(this, problem.getValue()))
                .collect(Collectors.joining(" "));
        setText(text);
        setVisible(!text.isEmpty());
    }
}
