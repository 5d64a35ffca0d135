package org.newsdesk.article.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;
import org.newsdesk.article.ArticleService;
import org.newsdesk.base.Language;
import org.newsdesk.security.ui.LoginView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;

/** Who gets into the back office: staff do, anonymous visitors are sent to sign in. */
@SpringBootTest
@ViewPackages(packages = "org.newsdesk")
class AdminAccessTest extends SpringBrowserlessTest {

    @Autowired
    ArticleService articles;

    @Test
    @WithAnonymousUser
    void anonymousVisitorIsSentToTheSignInPage() {
        navigate("admin", LoginView.class);
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void editorSeesEveryArticleInTheBackOffice() {
        navigate("admin", ArticleAdminListView.class);

        @SuppressWarnings("unchecked")
        var grid = (Grid<Object>) $(Grid.class).single();
        assertThat(test(grid).size()).isEqualTo(articles.overview(Language.EN).size()).isPositive();
    }

    @Test
    @WithAnonymousUser
    void anonymousCallerCannotReadTheBackOfficeListFromTheService() {
        assertThatThrownBy(() -> articles.overview(Language.NL))
                .isInstanceOf(AuthorizationDeniedException.class);
    }
}
