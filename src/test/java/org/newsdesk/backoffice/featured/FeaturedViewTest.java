package org.newsdesk.backoffice.featured;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.ComboBoxTester;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.Test;
import org.newsdesk.ExtraNews;
import org.newsdesk.article.ArticleCard;
import org.newsdesk.base.Language;
import org.newsdesk.editorial.EditorialService;
import org.newsdesk.featured.FeaturedNews;
import org.newsdesk.featured.FeaturedPin;
import org.newsdesk.featured.PinCandidate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/** An editor pins, orders and unpins featured news on the featured screen. */
@SpringBootTest
@ViewPackages(packages = "org.newsdesk")
@WithMockUser(username = "eva", roles = "EDITOR")
@Transactional
class FeaturedViewTest extends SpringBrowserlessTest {

    private static final LocalDate OLD = LocalDate.of(2013, 6, 1);

    @Autowired
    FeaturedNews featured;

    @Autowired
    EditorialService editorial;

    @Test
    void editorPinsAPublishedArticleAndItComesFirstInTheNews() {
        var news = ExtraNews.publish(editorial, Language.NL, 2, OLD);
        var title = title(news, 1);
        navigate("admin/featured", FeaturedView.class);
        chooseDutch();

        var article = article();
        article.setFilter(title);
        article.selectItem(article.getSuggestions().getFirst());
        assertThat(article.getSelected().title()).isEqualTo(title);
        test($(Button.class).withText("Pin").single()).click();

        assertThat(featured.shown(Language.NL).stream().map(ArticleCard::title)).containsExactly(title);
        var grid = test(grid());
        assertThat(grid.size()).isEqualTo(1);
        assertThat(grid.getCellComponent(0, 1).getElement().getText()).isEqualTo(title);
        assertThat(grid.getCellText(0, 2)).isEqualTo("Shown now");
        assertThat(grid.getCellText(0, 4)).isEqualTo("until unpinned");
        assertThat(article().getSelected()).as("the form is cleared").isNull();
    }

    @Test
    void aFourthPinIsRefusedWithTheLimitNextToTheArticle() {
        var news = ExtraNews.publish(editorial, Language.NL, 4, OLD);
        news.ids().subList(0, 3).forEach(id -> featured.pin(Language.NL, id, null, null));
        navigate("admin/featured", FeaturedView.class);
        chooseDutch();

        var article = article();
        article.setFilter(title(news, 3));
        article.selectItem(article.getSuggestions().getFirst());
        test($(Button.class).withText("Pin").single()).click();

        var field = $(ComboBox.class).withLabel("Article").single();
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage())
                .isEqualTo("At most 3 articles can be featured in one language. Unpin one first, or let one end.");
        assertThat(featured.pins(Language.NL)).hasSize(3);
        assertThat($(Paragraph.class)
                        .withText("3 of 3 places taken (a pin whose time has ended does not count).")
                        .exists())
                .isTrue();
    }

    @Test
    void editorMovesAPinDownAndUnpinsAnother() {
        var news = ExtraNews.publish(editorial, Language.NL, 2, OLD);
        featured.pin(Language.NL, news.ids().get(0), null, null);
        featured.pin(Language.NL, news.ids().get(1), null, null);
        navigate("admin/featured", FeaturedView.class);
        chooseDutch();

        test(actionsOfRow(0).get(1)).click();

        assertThat(featured.pins(Language.NL).stream().map(FeaturedPin::articleId))
                .containsExactly(news.ids().get(1), news.ids().get(0));
        assertThat(test(grid()).getCellComponent(0, 1).getElement().getText()).isEqualTo(title(news, 1));

        test(actionsOfRow(0).get(3)).click();

        assertThat(featured.pins(Language.NL).stream().map(FeaturedPin::articleId))
                .containsExactly(news.ids().get(0));
        assertThat(test(grid()).size()).isEqualTo(1);
    }

    private void chooseDutch() {
        @SuppressWarnings("unchecked")
        var language = (Select<Language>) $(Select.class).withLabel("Language").single();
        test(language).selectItem("Nederlands");
    }

    @SuppressWarnings("unchecked")
    private ComboBoxTester<ComboBox<PinCandidate>, PinCandidate> article() {
        return test(
                (ComboBox<PinCandidate>) $(ComboBox.class).withLabel("Article").single());
    }

    @SuppressWarnings("unchecked")
    private Grid<FeaturedPin> grid() {
        return $(Grid.class).single();
    }

    /** Up, down, times, unpin. */
    private List<Button> actionsOfRow(int row) {
        var actions = (HorizontalLayout) test(grid()).getCellComponent(row, 5);
        return actions.getChildren().map(Button.class::cast).toList();
    }

    private String title(ExtraNews news, int index) {
        return editorial
                .load(news.ids().get(index))
                .orElseThrow()
                .versions()
                .get(Language.NL)
                .title();
    }
}
