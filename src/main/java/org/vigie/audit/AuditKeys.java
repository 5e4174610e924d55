package org.vigie.audit;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The HMAC-SHA256 keys of the audit chain by id, and the id of the one that signs new records. */
public final class AuditKeys {

    static final int MIN_BYTES = 32;
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

    private final Map<String, byte[]> secrets;
    private final String current;

    private AuditKeys(Map<String, byte[]> secrets, String current) {
        this.secrets = Map.copyOf(secrets);
        this.current = current;
    }

    /** A random key known to this process only: records it signs cannot be verified after a restart. */
    public static AuditKeys ephemeral() {
        byte[] secret = new byte[MIN_BYTES];
        new SecureRandom().nextBytes(secret);
        String id = "ephemeral-" + HexFormat.of().formatHex(secret, 0, 4);
        return new AuditKeys(Map.of(id, secret), id);
    }

    /** The configured keys, checked; empty when none is configured. */
    static Optional<AuditKeys> configured(AuditProperties properties) {
        Map<String, String> encoded = new TreeMap<>(properties.keys() == null ? Map.of() : properties.keys());
        if (properties.keyFile() != null) {
            fromFile(properties).forEach((id, secret) -> {
                String before = encoded.putIfAbsent(id, secret);
                if (before != null && !before.equals(secret)) {
                    throw new IllegalStateException("vigie.audit: key '" + id + "' is in vigie.audit.keys and in "
                            + properties.keyFile() + " with different secrets; keep one");
                }
            });
        }
        if (encoded.isEmpty()) {
            return Optional.empty();
        }
        Map<String, byte[]> secrets = new TreeMap<>();
        encoded.forEach((id, secret) -> secrets.put(id, decode(id, secret)));
        String current = properties.currentKey() != null && !properties.currentKey().isBlank()
                ? properties.currentKey().trim() : null;
        if (current == null && secrets.size() > 1) {
            throw new IllegalStateException("vigie.audit.current-key: missing; with several keys " + secrets.keySet()
                    + " say which one signs new records");
        }
        current = current == null ? secrets.keySet().iterator().next() : current;
        if (!secrets.containsKey(current)) {
            throw new IllegalStateException("vigie.audit.current-key: '" + current + "' is not a configured key; "
                    + "configured: " + secrets.keySet());
        }
        return Optional.of(new AuditKeys(secrets, current));
    }

    private static Map<String, String> fromFile(AuditProperties properties) {
        Properties lines = new Properties();
        try (Reader reader = Files.newBufferedReader(properties.keyFile(), StandardCharsets.UTF_8)) {
            lines.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException("vigie.audit.key-file: cannot read " + properties.keyFile() + ": " + e, e);
        }
        Map<String, String> keys = new TreeMap<>();
        lines.stringPropertyNames().forEach(id -> keys.put(id, lines.getProperty(id).trim()));
        return keys;
    }

    private static byte[] decode(String id, String base64) {
        if (!ID.matcher(id).matches()) {
            throw new IllegalStateException("vigie.audit.keys: key id '" + id + "' is not allowed; expected letters, "
                    + "digits, '-' or '_', at most 64, starting with a letter or digit");
        }
        byte[] secret;
        try {
            secret = Base64.getDecoder().decode(base64 == null ? "" : base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("vigie.audit.keys." + id + ": not Base64 (" + e.getMessage()
                    + "); generate a key with: openssl rand -base64 32");
        }
        if (secret.length < MIN_BYTES) {
            throw new IllegalStateException("vigie.audit.keys." + id + ": " + secret.length + " byte(s); at least "
                    + MIN_BYTES + " are required; generate a key with: openssl rand -base64 32");
        }
        return secret;
    }

    public String current() {
        return current;
    }

    public boolean knows(String id) {
        return id != null && secrets.containsKey(id);
    }

    /** The HMAC-SHA256 of the bytes under key {@code id}, as 64 hex digits. */
    String mac(String id, byte[] data) {
        byte[] secret = secrets.get(id);
        if (secret == null) {
            throw new IllegalArgumentException("no audit key '" + id + "' configured; configured: " + secrets.keySet());
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(data));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }

    @Override
    public String toString() {
        return "AuditKeys" + secrets.keySet() + ", current " + current;
    }
}
