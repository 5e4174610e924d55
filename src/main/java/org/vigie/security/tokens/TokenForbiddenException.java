package org.vigie.security.tokens;

/** A token operation the caller may not perform (already audited). */
public class TokenForbiddenException extends RuntimeException {

    public TokenForbiddenException(String message) {
        super(message);
    }
}
