package org.vigie.surge;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vigie.health.QuotaUsage.Resource;

/** Plans as JSON documents for scripts. */
final class SurgeDocuments {

    private SurgeDocuments() {
    }

    static Map<String, Object> of(SurgePlan plan, List<SurgeChangeRecord> changes, java.time.Instant now) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", plan.id());
        body.put("name", plan.name());
        body.put("state", plan.state());
        body.put("start", plan.window().start());
        body.put("end", plan.window().end());
        body.put("timeZone", plan.window().zone().getId());
        body.put("window", SurgeText.window(plan.window()));
        body.put("multiplier", plan.profile().multiplier());
        body.put("tenantMultipliers", plan.profile().byTenant());
        body.put("regionMultipliers", plan.profile().byRegion());
        body.put("preset", plan.preset());
        body.put("tenants", plan.tenants());
        body.put("regions", plan.regions());
        body.put("incident", plan.incident());
        body.put("shedEssential", plan.shedEssential());
        body.put("createdBy", plan.createdBy());
        body.put("appliedBy", plan.appliedBy());
        body.put("services", plan.computed().stream().flatMap(t -> t.services().stream()).map(SurgeDocuments::service)
                .toList());
        body.put("tenantsComputed", plan.computed().stream().map(SurgeDocuments::tenant).toList());
        body.put("changes", changes);
        body.put("calendar", SurgeCalendar.preview(plan.window(), now));
        return body;
    }

    private static Map<String, Object> service(ServiceChange c) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("tenant", c.tenant());
        body.put("service", c.service());
        body.put("priority", c.priority());
        body.put("autoscaled", c.autoscaled());
        body.put("from", c.today());
        body.put("to", c.planned());
        body.put("wanted", c.wanted());
        body.put("kind", c.kind());
        body.put("shed", c.kind() == ServiceChange.Kind.SHED);
        if (!c.frees().isEmpty()) {
            body.put("frees", amounts(c.frees()));
        }
        return body;
    }

    private static Map<String, Object> tenant(TenantSurge t) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("tenant", t.tenant());
        body.put("multiplier", t.multiplier());
        body.put("sessions", t.sessions());
        body.put("replicasNeeded", t.replicasNeeded());
        body.put("quotaAfter", t.quota().stream().map(q -> Map.of("resource", key(q.resource()),
                "usedNow", q.usedNow(), "usedAfter", q.usedAfter(), "limit", q.limit() == null ? "unknown" : q.limit()))
                .toList());
        body.put("doesNotFit", t.doesNotFit());
        return body;
    }

    private static Map<String, BigDecimal> amounts(Map<Resource, BigDecimal> amounts) {
        Map<String, BigDecimal> body = new LinkedHashMap<>();
        amounts.forEach((r, v) -> body.put(key(r), v));
        return body;
    }

    private static String key(Resource resource) {
        return resource.name().toLowerCase(Locale.ROOT);
    }
}
