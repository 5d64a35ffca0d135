package org.newsdesk.backoffice.article;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.newsdesk.backoffice.layout.FieldProblems;
import org.newsdesk.base.Language;
import org.newsdesk.base.Rejected;
import org.newsdesk.editorial.Takedown;

/**
 * Asks which published versions to withdraw and, for each, the reason its readers will read in the banner, in the
 * version's language. The editor's choice goes to the service only with a reason for every version chosen; what the
 * service refuses shows beside its field, and the dialog stays open.
 */
class WithdrawDialog extends Dialog {

    private final Map<Language, Checkbox> chosen = new EnumMap<>(Language.class);
    private final Map<Language, TextArea> reasons = new EnumMap<>(Language.class);
    private final DialogProblem problem = new DialogProblem();

    /**
     * @param live     the published versions, which may be withdrawn
     * @param shown    the version the editor is looking at, chosen to begin with
     * @param withdraw withdraws the versions with their reasons; throws {@link Rejected} when it refuses
     */
    WithdrawDialog(List<Language> live, Language shown, Consumer<Map<Language, String>> withdraw) {
        setHeaderTitle(getTranslation("withdrawal.title"));
        setWidth("min(36rem, 95vw)");
        add(new Paragraph(getTranslation("withdrawal.explained")), problem);
        for (var language : live) {
            var name = getTranslation(language.locale(), "language.name");
            var box = new Checkbox(getTranslation("withdrawal.version", name), language == shown);
            var reason = new TextArea(getTranslation("withdrawal.reason", name));
            reason.setHelperText(getTranslation("withdrawal.helper", Takedown.MAX_REASON_LENGTH));
            reason.setMaxLength(Takedown.MAX_REASON_LENGTH);
            reason.setWidthFull();
            reason.setEnabled(box.getValue());
            reason.getElement().setAttribute("lang", language.code());
            box.addValueChangeListener(change -> reason.setEnabled(change.getValue()));
            chosen.put(language, box);
            reasons.put(language, reason);
            add(box, reason);
        }
        var confirm = new Button(getTranslation("withdrawal.confirm"), click -> confirm(withdraw));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        getFooter().add(new Button(getTranslation("publishing.cancel"), click -> close()), confirm);
    }

    private void confirm(Consumer<Map<Language, String>> withdraw) {
        var written = new EnumMap<Language, String>(Language.class);
        chosen.forEach((language, box) -> {
            if (box.getValue()) {
                written.put(language, reasonOf(language).getValue());
            }
        });
        var fields = new HashMap<String, TextArea>();
        reasons.forEach((language, reason) -> fields.put(language.code() + ".reason", reason));
        try {
            withdraw.accept(written);
            close();
        } catch (Rejected rejected) {
            FieldProblems.showAll(fields, rejected.problems());
            problem.show(rejected, fields.keySet());
        }
    }

    private TextArea reasonOf(Language language) {
        var reason = reasons.get(language);
        if (reason == null) {
            throw new IllegalStateException("A reason field for every version offered: " + language);
        }
        return reason;
    }
}
