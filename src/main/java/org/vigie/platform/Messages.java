package org.vigie.platform;

import com.vaadin.flow.component.UI;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every sentence the console shows, from {@code i18n/messages.properties} (French, the default) and
 * {@code i18n/messages_en.properties}. No fallback to the machine's language: a French page stays
 * French on an English server.
 */
public final class Messages {

    static final String BUNDLE = "i18n/messages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {
    }

    public static String get(Language language, String key, Object... args) {
        return get(language.locale(), key, args);
    }

    /** The sentence for {@code key} with its arguments; the key itself, visibly, when it is missing. */
    public static String get(Locale locale, String key, Object... args) {
        Language language = Language.of(locale);
        String pattern;
        try {
            pattern = bundle(language).getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return new MessageFormat(pattern, language.locale()).format(args);
    }

    /** In the language of the page being built or updated (French outside a page). */
    public static String inPage(String key, Object... args) {
        return get(pageLocale(), key, args);
    }

    public static Locale pageLocale() {
        UI ui = UI.getCurrent();
        return ui == null ? Language.FR.locale() : ui.getLocale();
    }

    static ResourceBundle bundle(Language language) {
        return ResourceBundle.getBundle(BUNDLE, language == Language.FR ? Locale.ROOT : language.locale(), NO_FALLBACK);
    }
}
