package org.vigie.security.users;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Repository;
import org.vigie.security.AccessScope;
import org.vigie.security.Role;
import org.vigie.security.users.UserAccount.Source;

/** Console users in PostgreSQL; passwords are kept as bcrypt hashes only. */
@Repository
public class UserAccounts {

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final Clock clock;

    public UserAccounts(JdbcClient jdbc, PasswordEncoder passwords, Clock clock) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.clock = clock;
    }

    public Optional<UserAccount> find(String username) {
        return jdbc.sql("select * from console_user where username = :name").param("name", username)
                .query(UserAccounts::map).optional();
    }

    public List<UserAccount> all() {
        return jdbc.sql("select * from console_user order by username").query(UserAccounts::map).list();
    }

    public boolean anyEnabledAdmin() {
        return jdbc.sql("select exists (select 1 from console_user where enabled and 'ADMIN' = any (roles))")
                .query(Boolean.class).single();
    }

    /** Inserts a local user; false when the name is taken. The password is hashed here. */
    public boolean createLocal(String username, String password, Set<Role> roles, AccessScope scope) {
        return jdbc.sql("""
                insert into console_user (username, password_hash, roles, regions, tenants, enabled, source, created_at)
                values (:name, :hash, :roles, :regions, :tenants, true, 'LOCAL', :at)
                on conflict (username) do nothing
                """)
                .param("name", username).param("hash", passwords.encode(password))
                .param("roles", names(roles)).param("regions", scope.regions().toArray(String[]::new))
                .param("tenants", scope.tenants().toArray(String[]::new))
                .param("at", Timestamp.from(clock.instant())).update() == 1;
    }

    /** Records an OIDC user's roles and scope as its identity provider gave them at this sign-in. */
    public void upsertOidc(String username, Set<Role> roles, AccessScope scope) {
        jdbc.sql("""
                insert into console_user (username, password_hash, roles, regions, tenants, enabled, source, created_at)
                values (:name, null, :roles, :regions, :tenants, true, 'OIDC', :at)
                on conflict (username) do update set roles = excluded.roles, regions = excluded.regions,
                    tenants = excluded.tenants
                """)
                .param("name", username).param("roles", names(roles))
                .param("regions", scope.regions().toArray(String[]::new))
                .param("tenants", scope.tenants().toArray(String[]::new))
                .param("at", Timestamp.from(clock.instant())).update();
    }

    public boolean update(String username, Set<Role> roles, AccessScope scope, boolean enabled) {
        return jdbc.sql("update console_user set roles = :roles, regions = :regions, tenants = :tenants, "
                        + "enabled = :enabled where username = :name")
                .param("name", username).param("roles", names(roles))
                .param("regions", scope.regions().toArray(String[]::new))
                .param("tenants", scope.tenants().toArray(String[]::new)).param("enabled", enabled).update() == 1;
    }

    public boolean changePassword(String username, String password) {
        return jdbc.sql("update console_user set password_hash = :hash where username = :name and source = 'LOCAL'")
                .param("name", username).param("hash", passwords.encode(password)).update() == 1;
    }

    private static String[] names(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().toArray(String[]::new);
    }

    private static UserAccount map(ResultSet rs, int row) throws SQLException {
        Set<Role> roles = strings(rs.getArray("roles")).stream().map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        return new UserAccount(rs.getString("username"), rs.getString("password_hash"), roles,
                new AccessScope(strings(rs.getArray("regions")), strings(rs.getArray("tenants"))),
                rs.getBoolean("enabled"), Source.valueOf(rs.getString("source")),
                rs.getTimestamp("created_at").toInstant());
    }

    private static Set<String> strings(Array array) throws SQLException {
        return Set.copyOf(Arrays.asList((String[]) array.getArray()));
    }
}
