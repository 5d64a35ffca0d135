package org.newsdesk.backoffice.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.Test;
import org.newsdesk.ExtraNews;
import org.newsdesk.article.ArticleOverview;
import org.newsdesk.article.ArticleService;
import org.newsdesk.article.OverviewFilter;
import org.newsdesk.base.Language;
import org.newsdesk.base.PublicationStatus;
import org.newsdesk.editorial.EditorialService;
import org.newsdesk.security.ui.LoginView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who gets into the back office: staff do, anonymous visitors are sent to sign in. The articles the list shows are
 * the test's own: two published and one draft, rolled back afterwards.
 */
@SpringBootTest
@ViewPackages(packages = "org.newsdesk")
@Transactional
class AdminAccessTest extends SpringBrowserlessTest {

    @Autowired
    ArticleService articles;

    @Autowired
    EditorialService editorial;

    private void writeArticles() {
        ExtraNews.publish(editorial, Language.NL, 2, LocalDate.of(2026, 3, 2));
        ExtraNews.drafts(editorial, Language.NL, 1, LocalDate.of(2026, 3, 1));
    }

    @Test
    @WithAnonymousUser
    void anonymousVisitorIsSentToTheSignInPage() {
        navigate("admin", LoginView.class);
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void editorSeesEveryArticleInTheBackOffice() {
        writeArticles();
        navigate("admin", ArticleAdminListView.class);

        @SuppressWarnings("unchecked")
        var grid = (Grid<Object>) $(Grid.class).single();
        assertThat(test(grid).size())
                .isEqualTo(articles.countOverview(OverviewFilter.ALL))
                .isPositive();
    }

    @Test
    @WithAnonymousUser
    void anonymousCallerCannotReadTheBackOfficeListFromTheService() {
        assertThatThrownBy(() -> articles.overview(Language.NL, OverviewFilter.ALL, 0, 10))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void editorNarrowsTheListToDraftsAndSearchesTitles() {
        writeArticles();
        navigate("admin", ArticleAdminListView.class);
        @SuppressWarnings("unchecked")
        var grid = (Grid<ArticleOverview>) $(Grid.class).single();
        var everything = test(grid).size();

        test($(RouterLink.class).withClassName("state-count").all().get(1)).click();

        var drafts = test(grid).size();
        assertThat(drafts)
                .isPositive()
                .isLessThan(everything)
                .isEqualTo(articles.countOverview(new OverviewFilter("", null, null, PublicationStatus.DRAFT, false)));
        var draftTitle = test(grid).getRow(0).title();
        test($(TextField.class).single()).setValue(draftTitle.substring(0, 6));
        assertThat(test(grid).size()).isPositive().isLessThanOrEqualTo(drafts);
    }
}
