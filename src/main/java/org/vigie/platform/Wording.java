package org.vigie.platform;

import java.util.List;
import java.util.Locale;

/** A sentence to be worded in the reader's language: a message key and its arguments. */
public record Wording(String key, List<Object> args) {

    public Wording {
        args = List.copyOf(args);
    }

    public static Wording of(String key, Object... args) {
        return new Wording(key, List.of(args));
    }

    public String text(Locale locale) {
        return Messages.get(locale, key, args.toArray());
    }

    /** The English sentence: what the REST API and the audit trail keep. */
    public String english() {
        return text(Locale.ENGLISH);
    }
}
