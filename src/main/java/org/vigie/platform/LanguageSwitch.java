package org.vigie.platform;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.VaadinService;
import jakarta.servlet.http.Cookie;

/**
 * "Français · English": choosing a language keeps it in a cookie and reloads the page in it.
 * Each button is named in its own language, as accessibility guidelines ask.
 */
public class LanguageSwitch extends Div {

    public static final String ID = "language-switch";

    public LanguageSwitch() {
        setId(ID);
        addClassName("vigie-language-switch");
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", getTranslation("language.choose"));
        Language current = Language.of(UI.getCurrent() == null ? null : UI.getCurrent().getLocale());
        for (Language language : Language.values()) {
            Button button = new Button(language.ownName(), e -> choose(language));
            button.setId("language-" + language.code());
            button.getElement().setAttribute("lang", language.code());
            button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            button.getElement().setAttribute("aria-pressed", String.valueOf(language == current));
            add(button);
        }
    }

    private static void choose(Language language) {
        Cookie cookie = new Cookie(Language.COOKIE, language.code());
        cookie.setPath("/");
        cookie.setMaxAge(Language.COOKIE_MAX_AGE_SECONDS);
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", "Lax");
        if (VaadinService.getCurrentRequest() != null) {
            cookie.setSecure(VaadinService.getCurrentRequest().isSecure());
        }
        if (VaadinService.getCurrentResponse() != null) {
            VaadinService.getCurrentResponse().addCookie(cookie);
        }
        UI ui = UI.getCurrent();
        ui.getSession().setLocale(language.locale());
        ui.setLocale(language.locale());
        ui.getPage().reload();
    }
}
