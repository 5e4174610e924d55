package org.vigie.security.oidc;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.vigie.security.AccessScope;
import org.vigie.security.Role;
import org.vigie.security.oidc.OidcSettings.GroupGrant;

/**
 * Turns the groups of a signed-in person into roles and a scope. Roles add up over the groups.
 * The scope adds up over the groups that grant more than VIEWER (viewing is fleet-wide anyway);
 * one such group without a scope makes the person unrestricted. No known group: no access.
 */
public final class OidcGroupMapping {

    private OidcGroupMapping() {
    }

    public record Grant(Set<Role> roles, AccessScope scope) {
    }

    public static Optional<Grant> grant(OidcSettings settings, Collection<String> groups) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Set<String> regions = new HashSet<>();
        Set<String> tenants = new HashSet<>();
        boolean unrestricted = false;
        boolean anyWriteGroup = false;
        for (String group : groups) {
            GroupGrant granted = settings.groups().get(group);
            if (granted == null || granted.roles().isEmpty()) {
                continue;
            }
            roles.addAll(granted.roles());
            if (granted.roles().stream().anyMatch(role -> role != Role.VIEWER)) {
                anyWriteGroup = true;
                unrestricted |= granted.regions().isEmpty() && granted.tenants().isEmpty();
                regions.addAll(granted.regions());
                tenants.addAll(granted.tenants());
            }
        }
        if (roles.isEmpty()) {
            return Optional.empty();
        }
        AccessScope scope = unrestricted || !anyWriteGroup ? AccessScope.EVERYWHERE : new AccessScope(regions, tenants);
        return Optional.of(new Grant(roles, scope));
    }
}
