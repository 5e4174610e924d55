package org.vigie.tenant;

import java.time.Instant;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The catalogue table: one row per tenant, its full declaration as JSON. */
@Repository
class TenantRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    TenantRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void upsert(Tenant tenant, String sourceFile, Instant at) {
        jdbc.sql("""
                insert into tenant (name, display_name, region, cluster, namespace, lifecycle, spec, source_file, updated_at)
                values (:name, :displayName, :region, :cluster, :namespace, :lifecycle, cast(:spec as jsonb), :file, :at)
                on conflict (name) do update set
                    display_name = excluded.display_name, region = excluded.region, cluster = excluded.cluster,
                    namespace = excluded.namespace, lifecycle = excluded.lifecycle, spec = excluded.spec,
                    source_file = excluded.source_file, updated_at = excluded.updated_at
                """)
                .param("name", tenant.name())
                .param("displayName", tenant.displayName())
                .param("region", tenant.region())
                .param("cluster", tenant.cluster())
                .param("namespace", tenant.namespace())
                .param("lifecycle", tenant.lifecycle().name())
                .param("spec", json.writeValueAsString(tenant))
                .param("file", sourceFile)
                .param("at", Timestamp.from(at))
                .update();
    }

    void delete(String name) {
        jdbc.sql("delete from tenant where name = :name").param("name", name).update();
    }

    Optional<String> tenantUsing(String cluster, String namespace) {
        return jdbc.sql("select name from tenant where cluster = :cluster and namespace = :namespace")
                .param("cluster", cluster)
                .param("namespace", namespace)
                .query(String.class)
                .optional();
    }

    List<Tenant> findAll() {
        return jdbc.sql("select spec::text from tenant order by region, name")
                .query((rs, row) -> json.readValue(rs.getString(1), Tenant.class))
                .list();
    }
}
