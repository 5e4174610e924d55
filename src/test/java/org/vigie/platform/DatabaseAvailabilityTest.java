package org.vigie.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.transaction.CannotCreateTransactionException;

class DatabaseAvailabilityTest {

    @Test
    void a_database_that_cannot_be_reached_is_an_outage() {
        assertThat(DatabaseAvailability.isOutage(new CannotGetJdbcConnectionException("pool timed out",
                new SQLTransientConnectionException("vigie - Connection is not available, request timed out after 3000ms")))).isTrue();
        assertThat(DatabaseAvailability.isOutage(new CannotCreateTransactionException("no connection"))).isTrue();
        assertThat(DatabaseAvailability.isOutage(new UncategorizedSQLException("select", "select 1",
                new SQLException("terminating connection due to administrator command", "57P01")))).isTrue();
        assertThat(DatabaseAvailability.isOutage(new IllegalStateException("wrapped",
                new SQLException("An I/O error occurred while sending to the backend", "08006")))).isTrue();
    }

    @Test
    void a_query_the_database_refused_is_not_an_outage() {
        assertThat(DatabaseAvailability.isOutage(new DuplicateKeyException("token name taken"))).isFalse();
        assertThat(DatabaseAvailability.isOutage(new DataIntegrityViolationException("check constraint"))).isFalse();
        assertThat(DatabaseAvailability.isOutage(new BadSqlGrammarException("select", "selec 1",
                new SQLException("syntax error", "42601")))).isFalse();
        assertThat(DatabaseAvailability.isOutage(new IllegalArgumentException("not a database problem"))).isFalse();
    }
}
