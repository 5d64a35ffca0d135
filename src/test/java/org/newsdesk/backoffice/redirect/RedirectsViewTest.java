package org.newsdesk.backoffice.redirect;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.newsdesk.base.Language;
import org.newsdesk.base.PublicationStatus;
import org.newsdesk.editorial.ArticleDraft;
import org.newsdesk.editorial.EditorialService;
import org.newsdesk.editorial.VersionDraft;
import org.newsdesk.redirect.LegacyRedirect;
import org.newsdesk.redirect.LegacyRedirects;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/** An editor adds and removes legacy redirects on the redirects screen. */
@SpringBootTest
@ViewPackages(packages = "org.newsdesk")
@WithMockUser(username = "eva", roles = "EDITOR")
@Transactional
class RedirectsViewTest extends SpringBrowserlessTest {

    @Autowired
    LegacyRedirects redirects;

    @Autowired
    EditorialService editorial;

    private final String test = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void editorAddsARedirectToAnArticleAndSeesItListedWithItsUses() {
        editorial.save(new ArticleDraft(
                null,
                0,
                null,
                LocalDate.of(2026, 11, 2),
                Map.of(
                        Language.FR,
                        new VersionDraft(
                                "Un pont", "un-pont-" + test, "Teaser", "Body", PublicationStatus.PUBLISHED, null)),
                null,
                null));
        navigate("admin/redirects", RedirectsView.class);

        test(field("Old address")).setValue("https://ancien.example.be/actualites/pont-" + test + ".html");
        test(field("Leads to")).setValue("/fr/news/un-pont-" + test);
        test($(Button.class).withText("Add redirect").single()).click();

        var added = redirects.all().stream()
                .filter(redirect -> redirect.path().equals("/actualites/pont-" + test + ".html"))
                .findFirst()
                .orElseThrow();
        assertThat(added.article()).isNotNull();
        assertThat(field("Old address").getValue()).isEmpty();
        var grid = test($(Grid.class).single());
        var row = rowOf(added);
        assertThat(grid.getCellComponent(row, 0).getElement().getText())
                .isEqualTo("/actualites/pont-" + test + ".html");
        assertThat(grid.getCellComponent(row, 1).getElement().getTextRecursively())
                .contains("Un pont (fr)", "/fr/news/un-pont-" + test);
        assertThat(grid.getCellText(row, 2)).isEqualTo("0");
        assertThat(grid.getCellText(row, 3)).isEqualTo("never");
    }

    @Test
    void anOpenRedirectIsRefusedNextToItsFieldAndNothingIsAdded() {
        navigate("admin/redirects", RedirectsView.class);
        var before = redirects.all().size();

        test(field("Old address")).setValue("/admin");
        test(field("Leads to")).setValue("//evil.example");
        test($(Button.class).withText("Add redirect").single()).click();

        assertThat(field("Old address").isInvalid()).isTrue();
        assertThat(field("Old address").getErrorMessage()).contains("address of this site itself");
        assertThat(field("Leads to").isInvalid()).isTrue();
        assertThat(field("Leads to").getErrorMessage()).contains("addresses of other sites are not allowed");
        assertThat(field("Leads to").getValue()).isEqualTo("//evil.example");
        assertThat(redirects.all()).hasSize(before);
    }

    @Test
    void removingAsksFirstThenRemoves() {
        var added = redirects.add("/weg-" + test, "/nl/");
        navigate("admin/redirects", RedirectsView.class);

        var grid = test($(Grid.class).single());
        var remove = (Button) grid.getCellComponent(rowOf(added), 4);
        test(remove).click();
        test($(ConfirmDialog.class).single()).confirm();

        assertThat(redirects.all()).noneMatch(redirect -> redirect.id() == added.id());
        assertThat(test($(Grid.class).single()).size())
                .isEqualTo(redirects.all().size());
    }

    private int rowOf(LegacyRedirect redirect) {
        return redirects.all().stream().map(LegacyRedirect::id).toList().indexOf(redirect.id());
    }

    private TextField field(String label) {
        return $(TextField.class).withLabel(label).single();
    }
}
