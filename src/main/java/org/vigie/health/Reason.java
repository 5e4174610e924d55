package org.vigie.health;

import java.util.List;
import java.util.Locale;
import org.vigie.platform.Messages;

/**
 * Why something has its colour: a stable code, and a sentence a person understands in their
 * language ({@code reason.<key>} in the message bundles, with its arguments).
 */
public record Reason(ReasonCode code, Status status, String key, List<Object> args) {

    static final String CLUSTER_NOT_CONFIGURED = "clusterNotConfigured";
    static final String CLUSTER_NOT_SYNCED = "clusterNotSynced";
    static final String NO_PROBE_YET = "noProbeYet";

    public Reason {
        args = List.copyOf(args);
    }

    static Reason of(ReasonCode code, Status status, String key, Object... args) {
        return new Reason(code, status, key, List.of(args));
    }

    /**
     * Says this console has not observed the tenant (its cluster not known or not synced since start,
     * no probe answered yet): in the first moments after a start, a fact about the console, not about
     * the tenant.
     */
    public boolean notObservedYet() {
        return key.equals(CLUSTER_NOT_CONFIGURED) || key.equals(CLUSTER_NOT_SYNCED) || key.equals(NO_PROBE_YET);
    }

    /** In English: the API's and the logs' wording. */
    public String message() {
        return message(Locale.ENGLISH);
    }

    public String message(Locale locale) {
        return Messages.get(locale, "reason." + key, args.toArray());
    }
}
