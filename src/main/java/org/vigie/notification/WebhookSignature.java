package org.vigie.notification;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** {@code X-Vigie-Signature: sha256=<hex>}: the HMAC-SHA256 of the exact body bytes, keyed by the secret. */
public final class WebhookSignature {

    public static final String HEADER = "X-Vigie-Signature";
    public static final String PREFIX = "sha256=";

    private WebhookSignature() {
    }

    public static String of(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return PREFIX + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }

    /** What a receiver does: recompute, then compare in constant time. */
    public static boolean verifies(String secret, byte[] body, String header) {
        return header != null && MessageDigest.isEqual(of(secret, body).getBytes(StandardCharsets.US_ASCII),
                header.getBytes(StandardCharsets.US_ASCII));
    }
}
