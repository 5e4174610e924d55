package org.vigie.notification;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.vigie.platform.PrintableText;

/** The rules for a webhook's URL, secret and events, each refusal naming the field and what is allowed. */
final class WebhookValidation {

    static final int MAX_URL = 2000;
    static final int MIN_SECRET = 16;
    static final int MAX_SECRET = 200;
    private static final String EVENTS = "incident.declared, incident.updated, incident.resolved, tenant.red";

    private WebhookValidation() {
    }

    static URI url(String text) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty() || value.length() > MAX_URL || PrintableText.firstUnprintable(value) >= 0) {
            throw refused(value, "an http or https URL of at most " + MAX_URL + " printable characters");
        }
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw refused(value, "a valid http or https URL (" + e.getReason() + ")");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw refused(value, "an http or https URL");
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            throw refused(value, "an http or https URL with a host, without user:password@ nor #fragment");
        }
        if (uri.getPort() != -1 && (uri.getPort() < 1 || uri.getPort() > 65535)) {
            throw refused(value, "an http or https URL whose port, when given, is 1 to 65535");
        }
        return uri;
    }

    static void secret(String secret) {
        int length = secret.codePointCount(0, secret.length());
        if (length < MIN_SECRET || length > MAX_SECRET || PrintableText.firstUnprintable(secret) >= 0
                || !secret.equals(secret.strip())) {
            throw new WebhookRefused("secret", "webhook.refused.secret", "field 'secret': a secret of " + length
                    + " characters is not allowed; expected " + MIN_SECRET + " to " + MAX_SECRET
                    + " printable characters without surrounding spaces", MIN_SECRET, MAX_SECRET);
        }
    }

    static List<WebhookEvent> events(Collection<String> names) {
        if (names == null || names.isEmpty()) {
            throw new WebhookRefused("events", "webhook.refused.noEvent", "field 'events': missing; expected one or "
                    + "more of " + EVENTS);
        }
        Set<WebhookEvent> events = new LinkedHashSet<>();
        for (String name : names) {
            events.add(WebhookEvent.ofWire(name).orElseThrow(() -> new WebhookRefused("events",
                    "webhook.refused.event", "field 'events': value \"" + name + "\" is not allowed; expected one of "
                    + EVENTS, name)));
        }
        return List.copyOf(events);
    }

    private static WebhookRefused refused(String value, String allowed) {
        return new WebhookRefused("url", "webhook.refused.url", "field 'url': value \"" + value
                + "\" is not allowed; expected " + allowed, value);
    }
}
