package org.newsdesk.backoffice.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import java.util.stream.IntStream;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.newsdesk.PublishedStory;
import org.newsdesk.base.Language;
import org.newsdesk.editorial.EditorialService;
import org.newsdesk.theme.ThemeAdministration;
import org.newsdesk.theme.ThemeDraft;
import org.newsdesk.theme.ThemeService;
import org.newsdesk.theme.TimelineEditing;
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

    @Autowired
    ThemeAdministration themeAdministration;

    @Autowired
    EditorialService editorial;

    @Autowired
    TimelineEditing timeline;

    @Test
    void editorCreatesAThemeAndSeesItInTheList() {
        navigate("admin/themes", ThemeAdminView.class);
        var grid = $(Grid.class).single();
        var before = test(grid).size();
        var name = "Waterbeheer " + UUID.randomUUID().toString().substring(0, 8);

        test($(Button.class).withText("New theme").single()).click();
        test($(TextField.class).withLabel("Name").first()).setValue(name);
        test($(Button.class).withText("Save").single()).click();

        assertThat(test(grid).size()).isEqualTo(before + 1);
        assertThat(themes.bySlug(Language.NL, name.toLowerCase().replace(' ', '-')))
                .isPresent();
    }

    @Test
    void deletingAThemeInUseSaysWhyAndKeepsIt() {
        var story = PublishedStory.publish(editorial, themeAdministration, timeline, LocalDate.of(2021, 5, 3));
        navigate("admin/themes", ThemeAdminView.class);
        @SuppressWarnings("unchecked")
        var grid = (Grid<ThemeDraft>) $(Grid.class).single();
        var before = test(grid).size();
        var row = IntStream.range(0, before)
                .filter(index -> story.themeId() == test(grid).getRow(index).themeId())
                .findFirst()
                .orElseThrow();

        test(grid).clickRow(row);
        test($(Button.class).withText("Delete theme").single()).click();

        assertThat(test(grid).size()).isEqualTo(before);
        assertThat(themeAdministration.byId(story.themeId())).isPresent();
    }
}
