package org.vigie.security;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a person may do in the console. Every role includes VIEWER; ADMIN includes every role.
 * Spring authorities are {@code ROLE_<name>}; a role's authorities include those it implies.
 */
public enum Role {
    VIEWER, ACCOUNT_MANAGER, OPERATOR, ADMIN;

    public Set<Role> implied() {
        return switch (this) {
            case VIEWER -> EnumSet.of(VIEWER);
            case ACCOUNT_MANAGER -> EnumSet.of(VIEWER, ACCOUNT_MANAGER);
            case OPERATOR -> EnumSet.of(VIEWER, OPERATOR);
            case ADMIN -> EnumSet.allOf(Role.class);
        };
    }

    public String authority() {
        return "ROLE_" + name();
    }

    public static Set<Role> withImplied(Set<Role> granted) {
        Set<Role> all = EnumSet.noneOf(Role.class);
        granted.forEach(role -> all.addAll(role.implied()));
        return all;
    }
}
