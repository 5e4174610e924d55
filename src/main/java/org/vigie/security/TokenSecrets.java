package org.vigie.security;

import java.security.SecureRandom;
import java.util.Base64;
import org.vigie.platform.Sha256;

/**
 * Bearer secrets: 256 random bits with a readable prefix, stored as SHA-256. A slow hash would add
 * nothing against guessing 256 bits and would cost every API call.
 */
public final class TokenSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private TokenSecrets() {
    }

    public static String generate(String prefix) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String secret) {
        return Sha256.hex(secret);
    }
}
