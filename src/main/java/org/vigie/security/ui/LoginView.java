package org.vigie.security.ui;

import org.vigie.platform.LanguageSwitch;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.web.WebAttributes;
import org.vigie.platform.ConsoleMode;
import org.vigie.security.LoginThrottledException;
import org.vigie.security.oidc.OidcSettings;

/**
 * Sign-in: a password form, the single sign-on link when an OIDC issuer is configured, and in demo
 * mode the demo accounts. After a failure it says why: wrong credentials, how long to wait, or that
 * the database is away.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();

    LoginView(ConsoleMode mode, OidcSettings oidc) {
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(translated());
        add(new H1("Vigie"), form);
        if (oidc.enabled()) {
            Anchor sso = new Anchor(OidcSettings.LOGIN_PATH, getTranslation("login.sso", oidc.displayName()));
            sso.setRouterIgnore(true);
            sso.setId("sso-login");
            add(sso);
        }
        if (mode.isDemo()) {
            Paragraph demo = new Paragraph(getTranslation("login.demoUsers"));
            demo.setId("demo-users");
            add(new Div(demo));
        }
        add(new LanguageSwitch());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.pageTitle");
    }

    private LoginI18n translated() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setUsername(getTranslation("login.usernameRequired"));
        i18n.getErrorMessage().setPassword(getTranslation("login.passwordRequired"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            return;
        }
        Object last = VaadinSession.getCurrent().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        LoginI18n i18n = translated();
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        if (last instanceof LoginThrottledException throttled) {
            error.setTitle(getTranslation("login.throttled.title"));
            error.setMessage(getTranslation("login.throttled.text", throttled.retryAfterSeconds()));
        } else if (last instanceof AuthenticationServiceException) {
            error.setTitle(getTranslation("login.unavailable.title"));
            error.setMessage(getTranslation("login.unavailable.text"));
        } else {
            error.setTitle(getTranslation("login.wrong.title"));
            error.setMessage(getTranslation("login.wrong.text"));
        }
        form.setI18n(i18n);
        form.setError(true);
    }
}
