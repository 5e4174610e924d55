package org.vigie.onboarding.ui;

import static org.vigie.onboarding.ui.DocumentValues.decimal;
import static org.vigie.onboarding.ui.DocumentValues.joined;
import static org.vigie.onboarding.ui.DocumentValues.list;
import static org.vigie.onboarding.ui.DocumentValues.text;
import static org.vigie.onboarding.ui.DocumentValues.whole;
import static org.vigie.platform.Messages.inPage;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.vigie.tenant.CatalogueProblem;
import org.vigie.tenant.Regions;
import org.vigie.tenant.ServiceSpec.Priority;
import org.vigie.tenant.Tenant;
import org.vigie.tenant.Tenant.AuthorityKind;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every field of a tenant file, as a form. It holds text as typed and turns it into the
 * {@code vigie/v1 Tenant} document; the tenant-file rules judge that document and each problem is
 * shown next to its input ({@link FieldMap}).
 */
final class TenantForm extends VerticalLayout {

    final FieldMap fields = new FieldMap();
    final TextField name = field("metadata.name", inPage("onboarding.ui.form.name"));
    final TextField displayName = field("spec.displayName", inPage("onboarding.ui.form.displayName"));
    final Select<AuthorityKind> authorityKind = fields.register("spec.authority.kind", new Select<>());
    final TextField authorityName = field("spec.authority.name", inPage("onboarding.ui.form.authorityName"));
    final Select<String> region = fields.register("spec.region", new Select<>());
    final TextField academies = field("spec.academies", inPage("onboarding.ui.form.academies"));
    final TextField counties = field("spec.counties", inPage("onboarding.ui.form.counties"));
    final Select<String> cluster = fields.register("spec.cluster", new Select<>());
    final TextField namespace = field("spec.namespace", inPage("onboarding.ui.form.namespace"));
    final TextField publicUrl = field("spec.urls.public", inPage("onboarding.ui.form.publicUrl"));
    final TextField healthUrl = field("spec.urls.health", inPage("onboarding.ui.form.healthUrl"));
    final TextField students = field("spec.population.students", inPage("onboarding.ui.form.students"));
    final TextField teachers = field("spec.population.teachers", inPage("onboarding.ui.form.teachers"));
    final TextField parents = field("spec.population.parents", inPage("onboarding.ui.form.parents"));
    final TextField sessionsPerReplica = field("spec.capacity.sessionsPerReplica", inPage("onboarding.ui.form.sessionsPerReplica"));
    final TextField availability = field("spec.slo.availability", inPage("onboarding.ui.form.availability"));
    final TextField p95 = field("spec.slo.p95LatencyMs", inPage("onboarding.ui.form.p95"));
    final TextField quotaCpu = field("spec.quota.cpu", inPage("onboarding.ui.form.quotaCpu"));
    final TextField quotaMemory = field("spec.quota.memory", inPage("onboarding.ui.form.quotaMemory"));
    final TextField quotaPods = field("spec.quota.pods", inPage("onboarding.ui.form.quotaPods"));
    final Rows<ServiceRow> services = new Rows<>(inPage("onboarding.ui.form.services"),
            inPage("onboarding.ui.form.addService"), "onb-services", ServiceRow::new);
    final Rows<ContactRow> contacts = new Rows<>(inPage("onboarding.ui.form.contacts"),
            inPage("onboarding.ui.form.addContact"), "onb-contacts", ContactRow::new);
    private Tenant.Lifecycle lifecycle;
    private String autoNamespace = "";

    TenantForm(Collection<String> clusters) {
        setPadding(false);
        authorityKind.setLabel(inPage("onboarding.ui.form.authorityKind"));
        authorityKind.setItems(AuthorityKind.values());
        authorityKind.setItemLabelGenerator(kind -> inPage("onboarding.ui.form.kind." + kind.name()));
        region.setLabel(inPage("onboarding.ui.form.region"));
        region.setItems(Regions.byName().values());
        region.setItemLabelGenerator(Regions::displayName);
        cluster.setLabel(inPage("onboarding.ui.form.cluster"));
        cluster.setItems(List.copyOf(clusters));
        name.addValueChangeListener(e -> followName(e.getValue()));
        add(new H4(inPage("onboarding.ui.form.authority")),
                grid(name, displayName, authorityKind, authorityName, region, academies, counties),
                new H4(inPage("onboarding.ui.form.hosting")), grid(cluster, namespace, publicUrl, healthUrl),
                new H4(inPage("onboarding.ui.form.population")), grid(students, teachers, parents, sessionsPerReplica),
                new H4(inPage("onboarding.ui.form.commitments")), grid(availability, p95, quotaCpu, quotaMemory, quotaPods),
                services, contacts);
    }

    private TextField field(String path, String label) {
        TextField field = new TextField(label);
        field.setClearButtonVisible(false);
        return fields.register(path, field);
    }

    private static FormLayout grid(com.vaadin.flow.component.Component... components) {
        FormLayout layout = new FormLayout(components);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2),
                new FormLayout.ResponsiveStep("70em", 3));
        return layout;
    }

    /** The namespace follows the name ({@code ent-<name>}) until someone types another one. */
    private void followName(String newName) {
        if (namespace.getValue().isEmpty() || namespace.getValue().equals(autoNamespace)) {
            autoNamespace = newName.isEmpty() ? "" : "ent-" + newName;
            namespace.setValue(autoNamespace);
        }
    }

    /** The tenant document the form describes, as typed. */
    ObjectNode document() {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("apiVersion", "vigie/v1");
        root.put("kind", "Tenant");
        text(root.putObject("metadata"), "name", name.getValue());
        ObjectNode spec = root.putObject("spec");
        text(spec, "displayName", displayName.getValue());
        ObjectNode authority = spec.putObject("authority");
        if (authorityKind.getValue() != null) {
            authority.put("kind", authorityKind.getValue().name());
        }
        text(authority, "name", authorityName.getValue());
        text(spec, "region", region.getValue());
        list(spec, "academies", academies.getValue());
        list(spec, "counties", counties.getValue());
        text(spec, "cluster", cluster.getValue());
        text(spec, "namespace", namespace.getValue());
        ObjectNode urls = spec.putObject("urls");
        text(urls, "public", publicUrl.getValue());
        text(urls, "health", healthUrl.getValue());
        ObjectNode population = spec.putObject("population");
        whole(population, "students", students.getValue());
        whole(population, "teachers", teachers.getValue());
        whole(population, "parents", parents.getValue());
        whole(spec.putObject("capacity"), "sessionsPerReplica", sessionsPerReplica.getValue());
        ObjectNode slo = spec.putObject("slo");
        decimal(slo, "availability", availability.getValue());
        whole(slo, "p95LatencyMs", p95.getValue());
        ObjectNode quota = spec.putObject("quota");
        text(quota, "cpu", quotaCpu.getValue().strip());
        text(quota, "memory", quotaMemory.getValue().strip());
        whole(quota, "pods", quotaPods.getValue());
        writeRows(spec.putArray("contacts"), spec.putArray("services"));
        if (lifecycle != null) {
            spec.put("lifecycle", lifecycle.name().toLowerCase(Locale.ROOT));
        }
        return root;
    }

    private void writeRows(ArrayNode contactNodes, ArrayNode serviceNodes) {
        fields.forget("spec.contacts[");
        fields.forget("spec.services[");
        List<ContactRow> contactRows = contacts.rows();
        for (int i = 0; i < contactRows.size(); i++) {
            contactRows.get(i).register(fields, "spec.contacts[" + i + "]");
            contactRows.get(i).writeTo(contactNodes.addObject());
        }
        List<ServiceRow> serviceRows = services.rows();
        for (int i = 0; i < serviceRows.size(); i++) {
            serviceRows.get(i).register(fields, "spec.services[" + i + "]");
            serviceRows.get(i).writeTo(serviceNodes.addObject());
        }
    }

    /** Shows each problem next to its input; returns those no input holds. */
    List<CatalogueProblem> show(List<CatalogueProblem> problems) {
        return fields.show(problems);
    }

    /** Starts from an existing tenant (a contract change): every field as the catalogue holds it. */
    void fill(Tenant tenant) {
        name.setValue(tenant.name());
        displayName.setValue(tenant.displayName());
        authorityKind.setValue(tenant.authority().kind());
        authorityName.setValue(tenant.authority().name());
        region.setValue(tenant.region());
        academies.setValue(joined(tenant.academies()));
        counties.setValue(joined(tenant.counties()));
        cluster.setValue(tenant.cluster());
        namespace.setValue(tenant.namespace());
        publicUrl.setValue(tenant.urls().publicUrl());
        healthUrl.setValue(tenant.urls().healthUrl());
        students.setValue(String.valueOf(tenant.population().students()));
        teachers.setValue(String.valueOf(tenant.population().teachers()));
        parents.setValue(String.valueOf(tenant.population().parents()));
        sessionsPerReplica.setValue(String.valueOf(tenant.capacity().sessionsPerReplica()));
        availability.setValue(String.valueOf(tenant.slo().availability()));
        p95.setValue(String.valueOf(tenant.slo().p95LatencyMs()));
        quotaCpu.setValue(tenant.quota().cpu());
        quotaMemory.setValue(tenant.quota().memory());
        quotaPods.setValue(String.valueOf(tenant.quota().pods()));
        contacts.clear();
        tenant.contacts().forEach(contact -> contacts.add().fill(contact));
        services.clear();
        tenant.services().forEach(service -> services.add().fill(service));
        lifecycle = tenant.lifecycle();
    }

    /** A new tenant: the usual SLO and capacity, and the five services every ENT runs, to be sized. */
    void defaults() {
        sessionsPerReplica.setValue("600");
        availability.setValue("99.0");
        p95.setValue("800");
        services.clear();
        services.add().fill("sso", Priority.CRITICAL, 2, 4, "500m", "1Gi", false);
        services.add().fill("portal", Priority.CRITICAL, 2, 4, "1", "2Gi", true);
        services.add().fill("messaging", Priority.ESSENTIAL, 1, 2, "500m", "1Gi", false);
        services.add().fill("binder", Priority.ESSENTIAL, 1, 2, "500m", "1Gi", false);
        services.add().fill("chat", Priority.DEFERRABLE, 0, 1, "250m", "512Mi", false);
    }

    void setExisting(boolean existing) {
        name.setReadOnly(existing);
        namespace.setReadOnly(existing);
        if (!existing) {
            lifecycle = null;
        }
    }
}
