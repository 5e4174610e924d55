package org.vigie.security.oidc;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.vigie.security.Caller;
import org.vigie.security.CallerPrincipal;

/** A person signed in through OIDC, with the roles and scope their groups grant. */
class ConsoleOidcUser extends DefaultOidcUser implements CallerPrincipal {

    private final Caller caller;

    ConsoleOidcUser(OidcUser user, Collection<? extends GrantedAuthority> authorities, Caller caller, String nameClaim) {
        super(authorities, user.getIdToken(), user.getUserInfo(), nameClaim);
        this.caller = caller;
    }

    @Override
    public Caller caller() {
        return caller;
    }

    @Override
    public String getName() {
        return caller.username();
    }
}
