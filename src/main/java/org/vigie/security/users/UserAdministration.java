package org.vigie.security.users;

import java.util.Set;
import org.springframework.stereotype.Service;
import org.vigie.audit.AuditEntry.Outcome;
import org.vigie.security.AccessScope;
import org.vigie.security.Caller;
import org.vigie.security.Role;
import org.vigie.security.SecurityAudit;
import org.vigie.security.SignedInSessions;
import org.vigie.tenant.TenantCatalogue;

/**
 * Managing users, for admins only (checked here, audited either way). Input is checked in full
 * before anything is written: user name, password length, roles, regions and tenants that exist.
 * An admin cannot demote or disable themselves, so the console never loses its last admin that way.
 * A changed user is signed out of their sessions: a session keeps the roles it signed in with.
 */
@Service
public class UserAdministration {

    private final UserAccounts users;
    private final TenantCatalogue catalogue;
    private final SignedInSessions sessions;
    private final SecurityAudit audit;

    UserAdministration(UserAccounts users, TenantCatalogue catalogue, SignedInSessions sessions, SecurityAudit audit) {
        this.users = users;
        this.catalogue = catalogue;
        this.sessions = sessions;
        this.audit = audit;
    }

    public void create(Caller admin, String username, String password, Set<Role> roles, AccessScope scope) {
        requireAdmin(admin, "creating user " + username);
        UserPolicy.requireUsername("field 'username'", username);
        UserPolicy.requirePassword("field 'password'", password);
        requireValid(roles, scope);
        if (!users.createLocal(username, password, roles, scope)) {
            throw new IllegalArgumentException("field 'username' = '" + username + "': a user of that name exists");
        }
        audit.record(admin.username(), "user", Outcome.SUCCEEDED, "created " + username + " with roles " + roles
                + ", scope " + scope.describe());
    }

    public void update(Caller admin, String username, Set<Role> roles, AccessScope scope, boolean enabled) {
        requireAdmin(admin, "changing user " + username);
        requireValid(roles, scope);
        if (admin.username().equals(username) && (!roles.contains(Role.ADMIN) || !enabled)) {
            throw new IllegalArgumentException("you cannot remove your own admin role or disable yourself; "
                    + "ask another admin");
        }
        if (!users.update(username, roles, scope, enabled)) {
            throw new IllegalArgumentException("field 'username' = '" + username + "': no such user");
        }
        int ended = admin.username().equals(username) ? 0 : sessions.endAll(username);
        audit.record(admin.username(), "user", Outcome.SUCCEEDED, "changed " + username + ": roles " + roles
                + ", scope " + scope.describe() + (enabled ? "" : ", disabled") + "; signed out everywhere (" + ended
                + " session(s) on this console) so that the change applies at once");
    }

    public void resetPassword(Caller admin, String username, String password) {
        requireAdmin(admin, "resetting the password of " + username);
        UserPolicy.requirePassword("field 'password'", password);
        if (!users.changePassword(username, password)) {
            throw new IllegalArgumentException("field 'username' = '" + username + "': no local user of that name "
                    + "(users who sign in through OIDC have no password here)");
        }
        audit.record(admin.username(), "user", Outcome.SUCCEEDED, "reset the password of " + username);
    }

    /** Signs a user out of every console session: an admin for anyone, anyone for themselves. */
    public int endSessions(Caller caller, String username) {
        if (!caller.username().equals(username)) {
            requireAdmin(caller, "ending the sessions of " + username);
        }
        int ended = sessions.endAll(username);
        audit.record(caller.username(), "sessions", Outcome.SUCCEEDED, "signed " + username + " out everywhere ("
                + ended + " session(s) on this console)");
        return ended;
    }

    /** Signs every other person out of every console session (a suspected breach, a role overhaul). */
    public int endEveryonesSessions(Caller admin) {
        requireAdmin(admin, "ending everyone's sessions");
        int ended = sessions.endAllBut(admin.username());
        audit.record(admin.username(), "sessions", Outcome.SUCCEEDED, "signed everyone else out everywhere ("
                + ended + " session(s) on this console)");
        return ended;
    }

    private void requireValid(Set<Role> roles, AccessScope scope) {
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException("field 'roles': choose at least one of " + Set.of(Role.values()));
        }
        Set<String> regions = catalogue.regions();
        Set<String> tenants = catalogue.names();
        for (String region : scope.regions()) {
            if (!regions.contains(region)) {
                throw new IllegalArgumentException("field 'regions' = '" + region + "': no such region; known: "
                        + String.join(", ", regions));
            }
        }
        for (String tenant : scope.tenants()) {
            if (!tenants.contains(tenant)) {
                throw new IllegalArgumentException("field 'tenants' = '" + tenant + "': no tenant of that name in "
                        + "the catalogue");
            }
        }
    }

    private void requireAdmin(Caller caller, String attempted) {
        audit.requireRole(caller, Role.ADMIN, attempted, "user management is for admins");
    }
}
