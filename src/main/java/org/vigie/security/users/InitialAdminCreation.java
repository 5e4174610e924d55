package org.vigie.security.users;

import java.util.EnumSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;
import org.vigie.audit.AuditEntry.Outcome;
import org.vigie.security.AccessScope;
import org.vigie.security.Role;
import org.vigie.security.SecurityAudit;
import org.vigie.security.SecuritySettings.InitialAdmin;
import org.vigie.security.SecuritySettings;

/**
 * Production has no default user. {@code vigie.security.initial-admin.username} and
 * {@code .password} create the first admin at start-up, only while no enabled admin exists;
 * once there is one, they are ignored (and should be removed from the configuration).
 */
@Component
class InitialAdminCreation implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(InitialAdminCreation.class);

    private final SecuritySettings settings;
    private final UserAccounts users;
    private final SecurityAudit audit;

    InitialAdminCreation(SecuritySettings settings, UserAccounts users, SecurityAudit audit) {
        this.settings = settings;
        this.users = users;
        this.audit = audit;
    }

    @Override
    public void afterPropertiesSet() {
        InitialAdmin admin = settings.initialAdmin();
        if (admin == null || admin.username() == null || admin.username().isBlank()) {
            if (!users.anyEnabledAdmin()) {
                log.warn("No admin exists: set vigie.security.initial-admin.username and .password to create the "
                        + "first one (see README)");
            }
            return;
        }
        if (users.anyEnabledAdmin()) {
            log.info("An admin exists already: vigie.security.initial-admin is ignored and can be removed");
            return;
        }
        UserPolicy.requireUsername("vigie.security.initial-admin.username", admin.username());
        UserPolicy.requirePassword("vigie.security.initial-admin.password", admin.password());
        if (!users.createLocal(admin.username(), admin.password(), EnumSet.of(Role.ADMIN), AccessScope.EVERYWHERE)) {
            throw new IllegalStateException("vigie.security.initial-admin.username = '" + admin.username()
                    + "': a user of that name exists and is not an enabled admin; choose another name");
        }
        audit.record("system", "user", Outcome.SUCCEEDED, "created initial admin " + admin.username());
        log.info("Created the initial admin '{}'", admin.username());
    }
}
