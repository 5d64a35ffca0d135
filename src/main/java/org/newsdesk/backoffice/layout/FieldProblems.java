package org.newsdesk.backoffice.layout;

import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import org.jspecify.annotations.Nullable;
import org.newsdesk.base.Problem;

/** Shows a service's problems where they belong: each next to its field, in the interface language. */
public final class FieldProblems {

    private FieldProblems() {}

    /** Marks the field with its problem, or clears it when there is none. */
    public static <F extends Component & HasValidation> void show(F field, @Nullable Problem problem) {
        mark(field, field, problem);
    }

    /** Every field named in {@code fields} (components all) shows its problem from {@code problems}, or none. */
    public static void showAll(Map<String, ? extends HasValidation> fields, Map<String, Problem> problems) {
        fields.forEach((name, field) -> mark(field, (Component) field, problems.get(name)));
    }

    private static void mark(HasValidation field, Component where, @Nullable Problem problem) {
        field.setInvalid(problem != null);
        field.setErrorMessage(problem == null ? null : text(where, problem));
    }

    public static String text(Component where, Problem problem) {
        return where.getTranslation(problem.messageKey(), problem.argumentArray());
    }
}
