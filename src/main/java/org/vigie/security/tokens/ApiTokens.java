package org.vigie.security.tokens;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.vigie.audit.AuditEntry.Outcome;
import org.vigie.security.Caller;
import org.vigie.security.Role;
import org.vigie.security.SecurityAudit;
import org.vigie.security.TokenNames;
import org.vigie.security.TokenSecrets;
import org.vigie.security.users.UserAccount;
import org.vigie.security.users.UserAccounts;

/** Personal API tokens: created, listed and revoked by their owner; any of them revoked by an admin. */
@Service
public class ApiTokens {

    public static final String PREFIX = "vigie_";
    private static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final UserAccounts users;
    private final SecurityAudit audit;
    private final Clock clock;

    ApiTokens(JdbcClient jdbc, UserAccounts users, SecurityAudit audit, Clock clock) {
        this.jdbc = jdbc;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /** Checks the name, then stores the hash of a new secret: the returned secret is not kept. */
    public IssuedToken create(Caller owner, String name) {
        String trimmed = TokenNames.accepted(name).orElseThrow(() -> new TokenRefusedException("field 'name' = '"
                + (name == null ? "" : name) + "': a token needs a name of 1 to " + TokenNames.MAX_LENGTH
                + " printable characters, e.g. 'grafana' or 'incident scripts'", false));
        String secret = TokenSecrets.generate(PREFIX);
        ApiToken token = new ApiToken(UUID.randomUUID(), owner.username(), trimmed, clock.instant(), null, null);
        try {
            jdbc.sql("insert into api_token (id, username, name, token_hash, created_at) "
                            + "values (:id, :user, :name, :hash, :at)")
                    .param("id", token.id()).param("user", token.username()).param("name", token.name())
                    .param("hash", TokenSecrets.hash(secret)).param("at", Timestamp.from(token.createdAt())).update();
        } catch (DuplicateKeyException e) {
            throw new TokenRefusedException("field 'name' = '" + trimmed + "': you already have an active token "
                    + "with this name; revoke it or choose another name", true);
        }
        audit.record(owner.username(), "api-token", Outcome.SUCCEEDED, "created token '" + trimmed + "' (" + token.id() + ")");
        return new IssuedToken(token, secret);
    }

    /** The enabled user behind an active token, noting when it was used (to the minute). */
    public Optional<UserAccount> authenticate(String secret) {
        Optional<TokenOwner> found = jdbc.sql("select id, username, last_used_at from api_token "
                        + "where token_hash = :hash and revoked_at is null")
                .param("hash", TokenSecrets.hash(secret))
                .query((rs, row) -> new TokenOwner(rs.getObject("id", UUID.class), rs.getString("username"),
                        instant(rs, "last_used_at")))
                .optional();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (found.get().lastUsedAt() == null || found.get().lastUsedAt().plus(LAST_USE_PRECISION).isBefore(now)) {
            jdbc.sql("update api_token set last_used_at = :at where id = :id")
                    .param("at", Timestamp.from(now)).param("id", found.get().id()).update();
        }
        return users.find(found.get().username()).filter(UserAccount::enabled);
    }

    /** The caller's own tokens; every user's for an admin who asks for all. */
    public List<ApiToken> list(Caller caller, boolean everyone) {
        boolean all = everyone && caller.has(Role.ADMIN);
        return jdbc.sql("select * from api_token where (:all or username = :user) order by username, created_at desc")
                .param("all", all).param("user", caller.username()).query(ApiTokens::map).list();
    }

    /** Revokes a token of the caller's own, or anyone's for an admin; false when there is no such active token. */
    public boolean revoke(Caller caller, UUID id) {
        Optional<ApiToken> token = jdbc.sql("select * from api_token where id = :id").param("id", id)
                .query(ApiTokens::map).optional();
        if (token.isEmpty() || !token.get().active()) {
            return false;
        }
        if (!token.get().username().equals(caller.username()) && !caller.has(Role.ADMIN)) {
            audit.denied(caller.username(), "revoking token " + id + " of " + token.get().username(), null,
                    "only its owner or an admin may revoke a token");
            throw new TokenForbiddenException("token " + id + " belongs to another user; only its owner or an admin "
                    + "may revoke it");
        }
        jdbc.sql("update api_token set revoked_at = :at where id = :id and revoked_at is null")
                .param("at", Timestamp.from(clock.instant())).param("id", id).update();
        audit.record(caller.username(), "api-token", Outcome.SUCCEEDED, "revoked token '" + token.get().name()
                + "' (" + id + ") of " + token.get().username());
        return true;
    }

    private static ApiToken map(ResultSet rs, int row) throws SQLException {
        return new ApiToken(rs.getObject("id", UUID.class), rs.getString("username"), rs.getString("name"),
                instant(rs, "created_at"), instant(rs, "last_used_at"), instant(rs, "revoked_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }

    private record TokenOwner(UUID id, String username, Instant lastUsedAt) {
    }
}
