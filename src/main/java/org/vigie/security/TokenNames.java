package org.vigie.security;

import java.util.Optional;

/** What a token's or a display's name may be: 1 to 100 printable characters, edges stripped. */
public final class TokenNames {

    public static final int MAX_LENGTH = 100;

    private TokenNames() {
    }

    /** The name as it will be stored, or empty when it is not allowed. */
    public static Optional<String> accepted(String name) {
        String stripped = name == null ? "" : name.strip();
        boolean allowed = !stripped.isEmpty() && stripped.length() <= MAX_LENGTH
                && stripped.chars().noneMatch(Character::isISOControl);
        return allowed ? Optional.of(stripped) : Optional.empty();
    }
}
