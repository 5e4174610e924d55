package org.vigie.health;

import java.util.List;
import java.util.Locale;
import org.vigie.platform.Messages;

/**
 * Why something has its colour: a stable code, and a sentence a person understands in their
 * language ({@code reason.<key>} in the message bundles, with its arguments).
 */
public record Reason(ReasonCode code, Status status, String key, List<Object> args) {

    public Reason {
        args = List.copyOf(args);
    }

    static Reason of(ReasonCode code, Status status, String key, Object... args) {
        return new Reason(code, status, key, List.of(args));
    }

    /** In English: the API's and the logs' wording. */
    public String message() {
        return message(Locale.ENGLISH);
    }

    public String message(Locale locale) {
        return Messages.get(locale, "reason." + key, args.toArray());
    }
}
