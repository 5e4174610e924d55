package org.vigie.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Sign-outs that every console must apply to its own sessions, in the order they were asked. */
@Repository
class SessionEndings {

    /** End the sessions of {@code username}, or of everyone but {@code everyoneBut}, opened before {@code at}. */
    record Ending(long id, String username, String everyoneBut, Instant at) {

        boolean concerns(String user) {
            return username != null ? username.equals(user) : !everyoneBut.equals(user);
        }
    }

    private final JdbcClient jdbc;

    SessionEndings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Ending endOf(String username) {
        return insert(username, null);
    }

    Ending endOfEveryoneBut(String username) {
        return insert(null, username);
    }

    private Ending insert(String username, String everyoneBut) {
        return jdbc.sql("""
                insert into session_ending (username, everyone_but) values (:username, :everyoneBut)
                returning id, username, everyone_but, at
                """).param("username", username).param("everyoneBut", everyoneBut).query(SessionEndings::map).single();
    }

    List<Ending> after(long id) {
        return jdbc.sql("select id, username, everyone_but, at from session_ending where id > :id order by id")
                .param("id", id).query(SessionEndings::map).list();
    }

    long last() {
        return jdbc.sql("select coalesce(max(id), 0) from session_ending").query(Long.class).single();
    }

    private static Ending map(ResultSet rs, int row) throws SQLException {
        return new Ending(rs.getLong("id"), rs.getString("username"), rs.getString("everyone_but"),
                rs.getTimestamp("at").toInstant());
    }
}
