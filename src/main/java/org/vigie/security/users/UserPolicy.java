package org.vigie.security.users;

/** What a user name and a password must be; the message names the field, the value and the rule. */
public final class UserPolicy {

    public static final int MIN_PASSWORD = 12;
    public static final String USERNAME_PATTERN = "[a-z0-9][a-z0-9._@-]{0,63}";

    private UserPolicy() {
    }

    public static void requireUsername(String field, String username) {
        if (username == null || !username.matches(USERNAME_PATTERN)) {
            throw new IllegalArgumentException(field + " = '" + username + "': a user name is 1 to 64 lower-case "
                    + "letters, digits, '.', '_', '@' or '-', starting with a letter or digit");
        }
    }

    public static void requirePassword(String field, String password) {
        if (password == null || password.length() < MIN_PASSWORD) {
            throw new IllegalArgumentException(field + ": a password needs at least " + MIN_PASSWORD + " characters"
                    + (password == null ? " (none given)" : " (got " + password.length() + ")"));
        }
    }
}
