package org.vigie.platform;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages the console speaks: French first, English on request. The choice is kept in a
 * cookie so that it follows the person (and the wall display) from page to page and visit to visit.
 */
public enum Language {
    FR(Locale.FRENCH, "Français"),
    EN(Locale.ENGLISH, "English");

    public static final String COOKIE = "vigie-lang";
    public static final int COOKIE_MAX_AGE_SECONDS = 400 * 24 * 3600;

    private final Locale locale;
    private final String ownName;

    Language(Locale locale, String ownName) {
        this.locale = locale;
        this.ownName = ownName;
    }

    public Locale locale() {
        return locale;
    }

    /** The language's name in itself ("Français", "English"), as a language switch shows it. */
    public String ownName() {
        return ownName;
    }

    public String code() {
        return locale.getLanguage();
    }

    /** French for anything that is not exactly one of the codes, whatever the browser says. */
    public static Language of(String code) {
        return parse(code).orElse(FR);
    }

    public static Optional<Language> parse(String code) {
        return Arrays.stream(values()).filter(l -> l.code().equals(code)).findFirst();
    }

    public static Language of(Locale locale) {
        return locale == null ? FR : of(locale.getLanguage());
    }

    /** An explicit {@code lang} parameter first, then the cookie, then French. */
    public static Language of(HttpServletRequest request) {
        if (request == null) {
            return FR;
        }
        Optional<Language> asked = parse(request.getParameter("lang"));
        if (asked.isPresent()) {
            return asked.get();
        }
        Cookie[] cookies = request.getCookies();
        return cookies == null ? FR : Arrays.stream(cookies).filter(c -> COOKIE.equals(c.getName()))
                .map(c -> of(c.getValue())).findFirst().orElse(FR);
    }
}
