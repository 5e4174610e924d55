package org.vigie.security.display;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
import org.vigie.tenant.TenantCatalogue;

/** Board links for wall displays: created and revoked by admins, checked by the board while it runs. */
@Service
public class DisplayTokens {

    public static final String PREFIX = "display_";

    private final JdbcClient jdbc;
    private final TenantCatalogue catalogue;
    private final SecurityAudit audit;
    private final Clock clock;

    DisplayTokens(JdbcClient jdbc, TenantCatalogue catalogue, SecurityAudit audit, Clock clock) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
        this.audit = audit;
        this.clock = clock;
    }

    /** Creates a token; the returned secret goes into the board URL and is not kept. */
    public IssuedDisplayToken create(Caller admin, String name, String region) {
        requireAdmin(admin, "creating display token '" + name + "'");
        String trimmed = TokenNames.accepted(name).orElseThrow(() -> new IllegalArgumentException("field 'name' = '"
                + (name == null ? "" : name) + "': a display needs a name of 1 to " + TokenNames.MAX_LENGTH
                + " printable characters, e.g. 'Salle de crise, écran 2'"));
        Set<String> regions = catalogue.regions();
        if (region != null && !regions.contains(region)) {
            throw new IllegalArgumentException("field 'region' = '" + region + "': no such region; known regions: "
                    + String.join(", ", regions) + " (or none for the whole fleet)");
        }
        String secret = TokenSecrets.generate(PREFIX);
        DisplayToken token = new DisplayToken(UUID.randomUUID(), trimmed, region, admin.username(), clock.instant(), null);
        try {
            jdbc.sql("insert into display_token (id, name, region, token_hash, created_by, created_at) "
                            + "values (:id, :name, :region, :hash, :by, :at)")
                    .param("id", token.id()).param("name", trimmed).param("region", region)
                    .param("hash", TokenSecrets.hash(secret)).param("by", admin.username())
                    .param("at", Timestamp.from(token.createdAt())).update();
        } catch (DuplicateKeyException e) {
            throw new IllegalArgumentException("field 'name' = '" + trimmed + "': an active display already has this "
                    + "name; revoke it first or choose another name");
        }
        audit.record(admin.username(), "display-token", Outcome.SUCCEEDED, "created display '" + trimmed + "'"
                + (region == null ? "" : " for region " + region) + " (" + token.id() + ")");
        return new IssuedDisplayToken(token, secret);
    }

    public Optional<DisplayToken> findActive(String secret) {
        return jdbc.sql("select * from display_token where token_hash = :hash and revoked_at is null")
                .param("hash", TokenSecrets.hash(secret)).query(DisplayTokens::map).optional();
    }

    public boolean isActive(UUID id) {
        return jdbc.sql("select exists (select 1 from display_token where id = :id and revoked_at is null)")
                .param("id", id).query(Boolean.class).single();
    }

    public List<DisplayToken> all() {
        return jdbc.sql("select * from display_token order by revoked_at nulls first, name").query(DisplayTokens::map)
                .list();
    }

    public boolean revoke(Caller admin, UUID id) {
        requireAdmin(admin, "revoking display token " + id);
        Optional<DisplayToken> token = jdbc.sql("select * from display_token where id = :id and revoked_at is null")
                .param("id", id).query(DisplayTokens::map).optional();
        if (token.isEmpty()) {
            return false;
        }
        jdbc.sql("update display_token set revoked_at = :at where id = :id and revoked_at is null")
                .param("at", Timestamp.from(clock.instant())).param("id", id).update();
        audit.record(admin.username(), "display-token", Outcome.SUCCEEDED, "revoked display '" + token.get().name()
                + "' (" + id + ")");
        return true;
    }

    private void requireAdmin(Caller caller, String attempted) {
        audit.requireRole(caller, Role.ADMIN, attempted, "display tokens are managed by admins");
    }

    private static DisplayToken map(ResultSet rs, int row) throws SQLException {
        Timestamp revoked = rs.getTimestamp("revoked_at");
        return new DisplayToken(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("region"),
                rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(),
                revoked == null ? null : revoked.toInstant());
    }
}
