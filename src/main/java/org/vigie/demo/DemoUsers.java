package org.vigie.demo;

import java.util.EnumSet;
import java.util.Map;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;
import org.vigie.security.AccessScope;
import org.vigie.security.Role;
import org.vigie.security.users.UserAccounts;

/** Demo mode only: one user per role, password "demo", as listed on the login page and in the README. */
@Component
@Conditional(DemoMode.class)
class DemoUsers implements InitializingBean {

    static final String PASSWORD = "demo";
    static final Map<String, Role> USERS = Map.of("admin", Role.ADMIN, "operator", Role.OPERATOR,
            "manager", Role.ACCOUNT_MANAGER, "viewer", Role.VIEWER);

    private final UserAccounts users;

    DemoUsers(UserAccounts users) {
        this.users = users;
    }

    @Override
    public void afterPropertiesSet() {
        USERS.forEach((name, role) -> users.createLocal(name, PASSWORD, EnumSet.of(role), AccessScope.EVERYWHERE));
    }
}
