package org.vigie.security;

import java.util.Locale;
import java.util.stream.Collectors;

/** Roles as people read them: the highest ones only, and the scope when it is limited. */
public final class RoleNames {

    private RoleNames() {
    }

    public static String of(Caller caller) {
        String roles = caller.roles().stream()
                .filter(role -> caller.roles().stream().noneMatch(other -> other != role && other.implied().contains(role)))
                .map(RoleNames::of).sorted().collect(Collectors.joining(", "));
        return caller.scope().unrestricted() ? roles : roles + " (" + caller.scope().describe() + ")";
    }

    public static String of(Role role) {
        return role.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
