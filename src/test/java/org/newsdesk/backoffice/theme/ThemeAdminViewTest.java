package org.newsdesk.backoffice.theme;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.newsdesk.base.Language;
import org.newsdesk.theme.ThemeService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/** An editor creates a theme through the themes page. */
@SpringBootTest
@ViewPackages(packages = "org.newsdesk")
@WithMockUser(username = "eva", roles = "EDITOR")
@Transactional
class ThemeAdminViewTest extends SpringBrowserlessTest {

    @Autowired
    ThemeService themes;

    @Test
    void editorCreatesAThemeAndSeesItInTheList() {
        navigate("admin/themes", ThemeAdminView.class);
        var grid = $(Grid.class).single();
        var before = test(grid).size();

        test($(Button.class).withText("New theme").single()).click();
        test($(TextField.class).withLabel("Name").first()).setValue("Waterbeheer");
        test($(Button.class).withText("Save").single()).click();

        assertThat(test(grid).size()).isEqualTo(before + 1);
        assertThat(themes.bySlug(Language.NL, "waterbeheer")).isPresent();
    }

    @Test
    void deletingAThemeInUseSaysWhyAndKeepsIt() {
        navigate("admin/themes", ThemeAdminView.class);
        var grid = $(Grid.class).single();
        var before = test(grid).size();

        test(grid).clickRow(0);
        test($(Button.class).withText("Delete theme").single()).click();

        assertThat(test(grid).size()).isEqualTo(before);
    }
}
