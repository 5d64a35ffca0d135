package org.newsdesk.backoffice.layout;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.newsdesk.base.web.Addresses;
import org.newsdesk.security.Roles;

/**
 * The frame of the back office. Its menu lists the views that declare a {@code @Menu} under /admin, so features
 * add themselves to it without this layout knowing them; menu titles are i18n keys.
 */
@StyleSheet("context://site/backoffice.css")
@Layout(Addresses.BACK_OFFICE_LAYOUT)
@RolesAllowed({Roles.EDITOR, Roles.ADMIN, Roles.TRANSLATOR})
public class AdminLayout extends AppLayout {

    public AdminLayout(AuthenticationContext authentication) {
        var title = new Span(getTranslation("admin.title"));
        title.addClassName("admin-title");
        var user = new Span(authentication.getPrincipalName().orElse(""));
        user.addClassName("admin-user");
        var signOut = new Button(getTranslation("admin.signOut"), click -> authentication.logout());
        signOut.addClassName("admin-sign-out");
        var bar = new HorizontalLayout(title, user, signOut);
        bar.addClassName("admin-bar");
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.expand(title);
        bar.getElement().setAttribute("role", "banner");
        addToNavbar(new DrawerToggle(), bar);
        var nav = new SideNav();
        MenuConfiguration.getMenuEntries().stream()
                .filter(entry -> entry.path().replaceFirst("^/", "").startsWith(Addresses.BACK_OFFICE_ROUTE))
                .forEach(entry -> nav.addItem(new SideNavItem(getTranslation(entry.title()), entry.path())));
        addToDrawer(nav);
    }

    /** AppLayout gives its content area no landmark: the view shown is the page's main content. */
    @Override
    public void showRouterLayoutContent(HasElement content) {
        super.showRouterLayoutContent(content);
        content.getElement().setAttribute("role", "main");
    }
}
