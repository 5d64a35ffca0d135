package org.newsdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.Caller.ADMIN;
import static org.newsdesk.Caller.ANONYMOUS;
import static org.newsdesk.Caller.EDITOR;
import static org.newsdesk.Caller.TRANSLATOR;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.base.Language;
import org.newsdesk.base.PublicationStatus;
import org.newsdesk.base.web.Addresses;
import org.newsdesk.editorial.ArticleDraft;
import org.newsdesk.editorial.EditorialService;
import org.newsdesk.editorial.VersionDraft;
import org.newsdesk.previewlink.PreviewLinks;
import org.newsdesk.security.ui.LoginView;
import org.newsdesk.site.error.NotFoundView;
import org.newsdesk.theme.ThemeAdministration;
import org.newsdesk.theme.ThemeDraft;
import org.newsdesk.theme.ThemeNames;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who reaches every Vaadin route, opened in a browserless UI under each kind of caller: whoever the line names gets
 * the route's view; an anonymous visitor refused is sent to the sign-in page; signed-in staff refused see the 404
 * page, which tells nothing about what the address would show. A route in Vaadin's registry without a line here fails
 * the test, naming the line to add. What visitors get over HTTP (the first response, 404s) is
 * {@code AnonymousVisitorIT}'s. The article and theme the addresses open are the test's own, rolled back.
 */
@SpringBootTest
@ViewPackages(packages = "org.newsdesk")
@Transactional
class RouteAccessTest extends SpringBrowserlessTest {

    private static final Set<Caller> EVERYONE = EnumSet.allOf(Caller.class);
    private static final Set<Caller> STAFF = EnumSet.of(EDITOR, ADMIN);
    private static final Set<Caller> TEXT = EnumSet.of(EDITOR, ADMIN, TRANSLATOR);
    private static final Set<Caller> ADMINS = EnumSet.of(ADMIN);

    @Autowired
    EditorialService editorial;

    @Autowired
    ThemeAdministration themes;

    @Autowired
    PreviewLinks previewLinks;

    /** The article's and the theme's. */
    String slug;

    long articleId;
    long themeId;
    /** The address of a preview link to the article's Dutch version. */
    String sharedPreview;

    @BeforeEach
    void anArticleAndATheme() {
        SignedInEditor.during(() -> {
            var batch = Long.toString(System.nanoTime(), 36);
            slug = "toegang-" + batch;
            themeId = themes.save(
                            new ThemeDraft(null, Map.of(Language.NL, new ThemeNames("Toegang " + batch, slug, ""))))
                    .themeId();
            articleId = editorial
                    .save(new ArticleDraft(
                            null,
                            0,
                            themeId,
                            LocalDate.of(2016, 1, 4),
                            Map.of(
                                    Language.NL,
                                    new VersionDraft(
                                            "Toegang " + batch, slug, "", "Tekst.", PublicationStatus.PUBLISHED, null)),
                            null,
                            null))
                    .savedArticleId();
            sharedPreview = previewLinks.create(articleId, Language.NL, 1).path();
            return articleId;
        });
    }

    /** One line per route template: an address of it, and who may open it. */
    private Map<String, Route> table() {
        var routes = new LinkedHashMap<String, Route>();
        routes.put(Addresses.NEWS_ROUTE, new Route("nl", EVERYONE));
        routes.put(Addresses.ARTICLE_ROUTE, new Route("nl/news/" + slug, EVERYONE));
        routes.put(Addresses.THEMES_INDEX_ROUTE, new Route("nl/themes", EVERYONE));
        routes.put(Addresses.THEME_ROUTE, new Route("nl/themes/" + slug, EVERYONE));
        routes.put(Addresses.PREVIEW_ROUTE, new Route(Addresses.preview(Language.NL, articleId), TEXT));
        // The token is the key: whoever holds a link reads its version, signed in or not.
        routes.put(Addresses.SHARED_PREVIEW_ROUTE, new Route(sharedPreview, EVERYONE));
        routes.put(Addresses.SIGN_IN_ROUTE, new Route("login", EVERYONE));
        routes.put(Addresses.BACK_OFFICE_ROUTE, new Route("admin", TEXT));
        routes.put(Addresses.ARTICLE_EDITOR_ROUTE, new Route(Addresses.articleEditor(articleId), TEXT));
        routes.put(Addresses.ARTICLE_HISTORY_ROUTE, new Route(Addresses.articleHistory(articleId), TEXT));
        routes.put(Addresses.TRANSLATIONS_ROUTE, new Route("admin/translations", TEXT));
        routes.put(Addresses.START_ROUTE, new Route("admin/start", TEXT));
        routes.put(Addresses.THEMES_ROUTE, new Route("admin/themes", STAFF));
        routes.put(Addresses.TIMELINE_ROUTE, new Route(Addresses.timelineEditor(themeId), STAFF));
        routes.put(Addresses.REDIRECTS_ROUTE, new Route("admin/redirects", STAFF));
        routes.put(Addresses.FEATURED_ROUTE, new Route("admin/featured", STAFF));
        routes.put(Addresses.ACCOUNTS_ROUTE, new Route("admin/accounts", ADMINS));
        routes.put(Addresses.AUDIT_ROUTE, new Route("admin/audit", ADMINS));
        return routes;
    }

    @Test
    @WithAnonymousUser
    void everyRouteHasALine() {
        var registered = VaadinService.getCurrent().getRouter().getRegistry().getRegisteredRoutes().stream()
                .map(route -> route.getTemplate())
                .collect(Collectors.toCollection(TreeSet::new));
        var table = table().keySet();

        assertThat(ServiceAccessTest.missing(registered, table))
                .as("""
                        Vaadin routes without a line in %s.table(); add one per route, e.g.
                            routes.put(Addresses.NEW_ROUTE, new Route("admin/new", STAFF));
                        with an address of it and who may open it (EVERYONE, STAFF, TEXT, ADMINS)""", RouteAccessTest.class.getSimpleName())
                .isEmpty();
        assertThat(ServiceAccessTest.missing(table, registered))
                .as("lines for routes that no longer exist")
                .isEmpty();
    }

    @Test
    @WithAnonymousUser
    void anonymousVisitors() {
        assertEveryRouteAnswers(ANONYMOUS);
    }

    @Test
    @WithMockUser(username = "access-editor", roles = "EDITOR")
    void editors() {
        assertEveryRouteAnswers(EDITOR);
    }

    @Test
    @WithMockUser(username = "access-admin", roles = "ADMIN")
    void administrators() {
        assertEveryRouteAnswers(ADMIN);
    }

    @Test
    @WithMockUser(
            username = "access-translator",
            authorities = {"ROLE_TRANSLATOR", "LANGUAGE_fr"})
    void translators() {
        assertEveryRouteAnswers(TRANSLATOR);
    }

    private void assertEveryRouteAnswers(Caller caller) {
        var targets = VaadinService.getCurrent().getRouter().getRegistry().getRegisteredRoutes().stream()
                .collect(Collectors.toMap(route -> route.getTemplate(), route -> route.getNavigationTarget()));
        var wrong = new ArrayList<String>();
        table().forEach((template, route) -> {
            UI.getCurrent().navigate(route.address());
            var shown = getCurrentView().getClass();
            var expected = route.callers().contains(caller)
                    ? targets.get(template)
                    : caller == ANONYMOUS ? LoginView.class : NotFoundView.class;
            if (!shown.equals(expected)) {
                wrong.add("/" + route.address() + " shows " + shown.getSimpleName() + ", expected "
                        + expected.getSimpleName());
            }
        });

        assertThat(wrong).as("as " + caller).isEmpty();
    }

    private record Route(String address, Set<Caller> callers) {}
}
