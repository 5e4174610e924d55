package org.vigie.security.oidc;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.vigie.audit.AuditEntry.Outcome;
import org.vigie.security.Caller;
import org.vigie.security.SecurityAudit;
import org.vigie.security.users.ConsoleUser;
import org.vigie.security.users.UserAccounts;
import org.vigie.security.users.UserPolicy;

/**
 * Completes an OIDC sign-in: reads the user name and groups claims, maps the groups, records the
 * user (so that personal API tokens can name them) and audits the sign-in, refused or not.
 */
public class ConsoleOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService delegate = new OidcUserService();
    private final OidcSettings settings;
    private final UserAccounts users;
    private final SecurityAudit audit;

    public ConsoleOidcUserService(OidcSettings settings, UserAccounts users, SecurityAudit audit) {
        this.settings = settings;
        this.users = users;
        this.audit = audit;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = delegate.loadUser(request);
        String username = Optional.ofNullable(user.getClaimAsString(settings.usernameClaim()))
                .map(name -> name.toLowerCase(Locale.ROOT)).orElse(null);
        if (username == null || !username.matches(UserPolicy.USERNAME_PATTERN)) {
            audit.record(username, SecurityAudit.SIGN_IN, Outcome.FAILED, "OIDC claim '" + settings.usernameClaim()
                    + "' missing or not a valid user name");
            throw refused("the identity provider sent no usable '" + settings.usernameClaim() + "' claim");
        }
        Collection<String> groups = groups(user.getClaim(settings.groupsClaim()));
        Optional<OidcGroupMapping.Grant> grant = OidcGroupMapping.grant(settings, groups);
        if (grant.isEmpty()) {
            audit.record(username, SecurityAudit.SIGN_IN, Outcome.DENIED, "OIDC groups " + groups
                    + " grant no Vigie role");
            throw refused("none of your groups grants a Vigie role");
        }
        users.upsertOidc(username, grant.get().roles(), grant.get().scope());
        Caller caller = new Caller(username, grant.get().roles(), grant.get().scope());
        audit.record(username, SecurityAudit.SIGN_IN, Outcome.SUCCEEDED, "OIDC sign-in, groups " + groups);
        return new ConsoleOidcUser(user, ConsoleUser.authorities(caller), caller, settings.usernameClaim());
    }

    private static Collection<String> groups(Object claim) {
        if (claim instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).toList();
        }
        return claim instanceof String single ? List.of(single) : List.of();
    }

    private static OAuth2AuthenticationException refused(String why) {
        return new OAuth2AuthenticationException(new OAuth2Error("access_denied", why, null), why);
    }
}
