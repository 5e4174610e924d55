package org.vigie.security.ui;

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
@PageTitle("Vigie — sign in")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    public static final String DEMO_USERS = "Demo accounts (password \u201cdemo\u201d): admin, operator, manager, viewer";

    private final LoginForm form = new LoginForm();

    LoginView(ConsoleMode mode, OidcSettings oidc) {
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        add(new H1("Vigie"), form);
        if (oidc.enabled()) {
            Anchor sso = new Anchor(OidcSettings.LOGIN_PATH, "Sign in with " + oidc.displayName());
            sso.setRouterIgnore(true);
            sso.setId("sso-login");
            add(sso);
        }
        if (mode.isDemo()) {
            Paragraph demo = new Paragraph(DEMO_USERS);
            demo.setId("demo-users");
            add(new Div(demo));
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            return;
        }
        Object last = VaadinSession.getCurrent().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        if (last instanceof LoginThrottledException throttled) {
            error.setTitle("Too many failed sign-ins");
            error.setMessage("Sign-in is paused for this account or address: try again in "
                    + throttled.retryAfterSeconds() + " s.");
        } else if (last instanceof AuthenticationServiceException) {
            error.setTitle("Sign-in unavailable");
            error.setMessage("The user store (PostgreSQL) does not answer, so no password was checked and this "
                    + "attempt does not count against you. Try again in a minute.");
        } else {
            error.setTitle("Wrong user name or password");
            error.setMessage("Check both and try again. Repeated failures pause sign-in for a while.");
        }
        form.setI18n(i18n);
        form.setError(true);
    }
}
