package org.vigie.security.tokens;

/** A token request that cannot be carried out as asked; the message says which field and why. */
public class TokenRefusedException extends RuntimeException {

    private final boolean nameTaken;

    TokenRefusedException(String message, boolean nameTaken) {
        super(message);
        this.nameTaken = nameTaken;
    }

    public boolean nameTaken() {
        return nameTaken;
    }
}
