package org.newsdesk.security.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.newsdesk.base.web.Addresses;

/** Sign-in for staff. A failed attempt comes back here with {@code ?error} and shows a message. */
@StyleSheet("context://site/backoffice.css")
@Route(value = Addresses.SIGN_IN_ROUTE, autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();

    public LoginView() {
        addClassName("login-page");
        form.setAction(Addresses.SIGN_IN_ROUTE);
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(translatedTexts());
        add(form);
    }

    private LoginI18n translatedTexts() {
        var texts = LoginI18n.createDefault();
        texts.getForm().setTitle(getTranslation("login.title"));
        texts.getForm().setUsername(getTranslation("login.username"));
        texts.getForm().setPassword(getTranslation("login.password"));
        texts.getForm().setSubmit(getTranslation("login.submit"));
        texts.getErrorMessage().setTitle(getTranslation("login.error.title"));
        texts.getErrorMessage().setMessage(getTranslation("login.error.message"));
        return texts;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title");
    }
}
