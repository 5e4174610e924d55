package org.vigie.security.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;
import org.vigie.audit.AuditLog;
import org.vigie.security.AccessScope;
import org.vigie.security.Role;
import org.vigie.security.SecurityAudit;
import org.vigie.security.SecuritySettings.InitialAdmin;
import org.vigie.security.SecuritySettings;
import org.vigie.testing.MigratedPostgres;

/** Production starts with no user; the initial-admin properties create the first admin, once. */
class InitialAdminCreationIT {

    @RegisterExtension
    static final MigratedPostgres postgres = new MigratedPostgres();

    JdbcClient jdbc;
    UserAccounts users;
    SecurityAudit audit;

    @BeforeEach
    void emptyUserTable() {
        jdbc = JdbcClient.create(postgres.dataSource());
        jdbc.sql("delete from console_user").update();
        users = new UserAccounts(jdbc, new BCryptPasswordEncoder(), Clock.systemUTC());
        audit = new SecurityAudit(new AuditLog(jdbc,
                new TransactionTemplate(new DataSourceTransactionManager(postgres.dataSource())), Clock.systemUTC()));
    }

    void start(String username, String password) {
        SecuritySettings settings = new SecuritySettings(5, Duration.ofMinutes(1), Duration.ofMinutes(15),
                Duration.ofSeconds(15), null, new InitialAdmin(username, password), Duration.ofSeconds(2));
        new InitialAdminCreation(settings, users, audit).afterPropertiesSet();
    }

    @Test
    void without_the_properties_there_is_no_user_at_all() {
        start(null, null);

        assertThat(users.all()).isEmpty();
    }

    @Test
    void the_properties_create_one_admin_whose_password_is_stored_as_bcrypt() {
        start("alice", "correct horse battery staple");

        UserAccount alice = users.find("alice").orElseThrow();
        assertThat(alice.roles()).containsExactly(Role.ADMIN);
        assertThat(alice.passwordHash()).startsWith("$2a$").doesNotContain("correct horse");
        assertThat(new BCryptPasswordEncoder().matches("correct horse battery staple", alice.passwordHash())).isTrue();
    }

    @Test
    void once_an_admin_exists_the_properties_are_ignored() {
        users.createLocal("bob", "an-existing-admin-pw", EnumSet.of(Role.ADMIN), AccessScope.EVERYWHERE);

        start("mallory", "correct horse battery staple");

        assertThat(users.find("mallory")).isEmpty();
    }

    @Test
    void a_short_password_or_a_bad_name_stops_the_start_with_a_precise_message() {
        assertThatThrownBy(() -> start("alice", "demo"))
                .hasMessage("vigie.security.initial-admin.password: a password needs at least 12 characters (got 4)");
        assertThatThrownBy(() -> start("Alice Admin", "correct horse battery staple"))
                .hasMessageStartingWith("vigie.security.initial-admin.username = 'Alice Admin': a user name is");
        assertThat(users.all()).isEmpty();
    }
}
