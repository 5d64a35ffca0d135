package org.newsdesk.article.ui;

import java.util.stream.Collectors;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.newsdesk.article.ArticleOverview;
import org.newsdesk.article.ArticleService;
import org.newsdesk.base.Formats;
import org.newsdesk.base.Language;
import org.newsdesk.security.Roles;

/** The back office start page: every article with its languages and their states. */
@Route("admin")
@Menu(title = "admin.articles", order = 1)
@RolesAllowed({Roles.EDITOR, Roles.ADMIN})
class ArticleAdminListView extends VerticalLayout implements HasDynamicTitle {

    ArticleAdminListView(ArticleService articles) {
        var language = Language.fromLocale(getLocale());
        var grid = new Grid<ArticleOverview>();
        grid.addColumn(ArticleOverview::title).setHeader(getTranslation("admin.column.title")).setFlexGrow(3);
        grid.addColumn(article -> Formats.date(article.publicationDate(), language))
                .setHeader(getTranslation("admin.column.date"));
        grid.addColumn(ArticleOverview::themeName).setHeader(getTranslation("admin.column.theme"));
        grid.addColumn(article -> article.languages().stream().map(Language::code).collect(Collectors.joining(" ")))
                .setHeader(getTranslation("admin.column.languages"));
        grid.addColumn(article -> article.statuses().stream()
                        .map(status -> getTranslation("status." + status))
                        .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("admin.column.status"));
        grid.addColumn(article -> Formats.count(article.views(), language))
                .setHeader(getTranslation("admin.column.views"));
        grid.setItems(articles.overview(language));
        grid.setSizeFull();
        grid.addItemClickListener(click -> UI.getCurrent().navigate("admin/articles/" + click.getItem().articleId()));
        var create = new Button(getTranslation("admin.newArticle"), VaadinIcon.PLUS.create(),
                click -> UI.getCurrent().navigate("admin/articles"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var header = new HorizontalLayout(new H1(getTranslation("admin.articles")), create);
        header.setAlignItems(Alignment.BASELINE);
        setSizeFull();
        add(header, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.articles") + " | " + getTranslation("admin.title");
    }
}
