package org.vigie.fleet.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.vigie.tenant.Regions;
import org.vigie.tenant.Tenant;

/** What the catalogue says of a tenant: who pays for it, where it runs, its contract and whom to call. */
final class TenantFacts extends DescriptionList {

    TenantFacts(Tenant tenant) {
        setId("tenant-facts");
        addClassName("tenant-facts");
        fact("facts.authority", getTranslation("authority." + tenant.authority().kind().name()) + " · "
                + tenant.authority().name());
        fact("facts.region", Regions.displayName(tenant.region()));
        fact("facts.academies", joined(tenant.academies()));
        fact("facts.counties", joined(tenant.counties()));
        fact("facts.where", getTranslation("facts.clusterNamespace", tenant.cluster(), tenant.namespace()));
        fact("facts.lifecycle", getTranslation("lifecycle." + tenant.lifecycle().name()));
        fact("facts.population", getTranslation("facts.populationValue", tenant.population().students(),
                tenant.population().teachers(), tenant.population().parents()));
        fact("facts.capacity", getTranslation("facts.capacityValue", tenant.capacity().sessionsPerReplica()));
        fact("facts.slo", getTranslation("facts.sloValue", tenant.slo().availability() * 100,
                tenant.slo().p95LatencyMs()));
        fact("facts.quota", getTranslation("facts.quotaValue", tenant.quota().cpu(), tenant.quota().memory(),
                tenant.quota().pods()));
        add(new Term(new Span(getTranslation("facts.contacts"))), contacts(tenant.contacts()));
    }

    private void fact(String key, String value) {
        add(new Term(new Span(getTranslation(key))), new Description(new Span(value)));
    }

    private String joined(List<String> values) {
        return values.isEmpty() ? "—" : String.join(", ", values);
    }

    private Description contacts(List<Tenant.Contact> contacts) {
        Description description = new Description();
        if (contacts.isEmpty()) {
            description.add(new Span("—"));
        }
        for (Tenant.Contact contact : contacts) {
            Span line = new Span(contact.name() + " (" + contact.role() + ") ");
            line.add(new Anchor("mailto:" + contact.email(), contact.email()));
            line.getStyle().set("display", "block");
            description.add(line);
        }
        return description;
    }
}
