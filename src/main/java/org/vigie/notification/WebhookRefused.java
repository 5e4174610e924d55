package org.vigie.notification;

/**
 * A webhook change refused: the English message (field, value, what is allowed) for the API, and a
 * bundle key with its arguments for the console.
 */
public final class WebhookRefused extends IllegalArgumentException {

    private final String field;
    private final String key;
    private final transient Object[] args;

    WebhookRefused(String field, String key, String message, Object... args) {
        super(message);
        this.field = field;
        this.key = key;
        this.args = args;
    }

    public String field() {
        return field;
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }
}
