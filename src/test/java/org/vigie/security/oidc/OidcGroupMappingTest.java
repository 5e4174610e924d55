package org.vigie.security.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vigie.security.AccessScope;
import org.vigie.security.Role;
import org.vigie.security.oidc.OidcSettings.GroupGrant;

class OidcGroupMappingTest {

    final OidcSettings settings = new OidcSettings("https://sso.example/realms/ent", "vigie", "secret", "groups",
            "preferred_username", "Keycloak", Map.of(
                    "/vigie/viewers", new GroupGrant(Set.of(Role.VIEWER), null, null),
                    "/vigie/operators-hdf", new GroupGrant(Set.of(Role.OPERATOR), Set.of("hauts-de-france"), null),
                    "/vigie/operators-somme", new GroupGrant(Set.of(Role.OPERATOR), null, Set.of("somme-colleges")),
                    "/vigie/admins", new GroupGrant(Set.of(Role.ADMIN), null, null)));

    @Test
    void roles_add_up_and_a_viewer_group_does_not_widen_a_regional_operator() {
        var grant = OidcGroupMapping.grant(settings, List.of("/vigie/viewers", "/vigie/operators-hdf", "/other"));

        assertThat(grant).hasValueSatisfying(g -> {
            assertThat(g.roles()).containsExactlyInAnyOrder(Role.VIEWER, Role.OPERATOR);
            assertThat(g.scope()).isEqualTo(new AccessScope(Set.of("hauts-de-france"), Set.of()));
        });
    }

    @Test
    void scopes_of_several_operator_groups_add_up_and_an_unscoped_one_lifts_them() {
        assertThat(OidcGroupMapping.grant(settings, List.of("/vigie/operators-hdf", "/vigie/operators-somme")))
                .hasValueSatisfying(g -> assertThat(g.scope())
                        .isEqualTo(new AccessScope(Set.of("hauts-de-france"), Set.of("somme-colleges"))));
        assertThat(OidcGroupMapping.grant(settings, List.of("/vigie/operators-hdf", "/vigie/admins")))
                .hasValueSatisfying(g -> assertThat(g.scope().unrestricted()).isTrue());
    }

    @Test
    void no_known_group_grants_nothing() {
        assertThat(OidcGroupMapping.grant(settings, List.of("/students", "/teachers"))).isEmpty();
        assertThat(OidcGroupMapping.grant(settings, List.of())).isEmpty();
    }
}
