package org.vigie.security.oidc;

import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;
import org.vigie.security.Role;

/**
 * {@code vigie.security.oidc.*}: single sign-on through an OpenID Connect issuer (Keycloak, …).
 * Off while {@code issuer-uri} is empty. {@code groups.<group>} grants roles, and optionally limits
 * them to regions or tenants, to members of that group as named in the {@code groups-claim}.
 */
@Validated
@ConfigurationProperties("vigie.security.oidc")
public record OidcSettings(String issuerUri, String clientId, String clientSecret,
        @DefaultValue("groups") String groupsClaim, @DefaultValue("preferred_username") String usernameClaim,
        @DefaultValue("single sign-on") String displayName, Map<String, GroupGrant> groups) {

    public static final String REGISTRATION_ID = "oidc";
    public static final String LOGIN_PATH = "oauth2/authorization/" + REGISTRATION_ID;

    public OidcSettings {
        groups = groups == null ? Map.of() : Map.copyOf(groups);
    }

    public boolean enabled() {
        return issuerUri != null && !issuerUri.isBlank();
    }

    /** What one group of the identity provider grants. */
    public record GroupGrant(Set<Role> roles, Set<String> regions, Set<String> tenants) {

        public GroupGrant {
            roles = roles == null ? Set.of() : Set.copyOf(roles);
            regions = regions == null ? Set.of() : Set.copyOf(regions);
            tenants = tenants == null ? Set.of() : Set.copyOf(tenants);
        }
    }
}
