package org.vigie.tenant;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.vigie.tenant.ServiceSpec.Priority;
import org.vigie.tenant.Tenant.Authority;
import org.vigie.tenant.Tenant.AuthorityKind;
import org.vigie.tenant.Tenant.Capacity;
import org.vigie.tenant.Tenant.Contact;
import org.vigie.tenant.Tenant.ContractQuota;
import org.vigie.tenant.Tenant.Lifecycle;
import org.vigie.tenant.Tenant.Population;
import org.vigie.tenant.Tenant.Slo;
import org.vigie.tenant.Tenant.TenantUrls;
import tools.jackson.databind.JsonNode;

/** Turns one parsed {@code vigie/v1 Tenant} document into a {@link Tenant}, or the list of what is wrong with it. */
final class TenantDocumentReader {

    static final Pattern DNS_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?");
    static final String DNS_LABEL_RULE = "a DNS-1123 label: at most 63 lower-case letters, digits or '-', "
            + "starting and ending with a letter or digit";
    static final Pattern QUANTITY = Pattern.compile("(\\d+(\\.\\d+)?|\\.\\d+)(m|k|M|G|T|P|E|Ki|Mi|Gi|Ti|Pi|Ei)?");
    static final String QUANTITY_RULE = "a Kubernetes quantity such as 500m, 2, 1.5, 512Mi or 384Gi";
    private static final Pattern DISPLAY_NAME = Pattern.compile("(?=.*\\S)[^\\r\\n]{1,120}");
    private static final String DISPLAY_NAME_RULE = "a non-blank single line of at most 120 characters";
    private static final Pattern DEPARTMENT = Pattern.compile("0[1-9]|[1-8]\\d|9[0-5]|2A|2B|97[1-6]");
    private static final String DEPARTMENT_RULE = "a French department code as a quoted string, e.g. \"01\", \"2A\", \"69\", \"974\"";
    private static final Pattern HTTP_URL = Pattern.compile("https?://[^\\s/?#]+(:\\d{1,5})?([/?#]\\S*)?");
    private static final String HTTP_URL_RULE = "an absolute http:// or https:// URL";
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private static final Set<String> ROOT_FIELDS = Set.of("apiVersion", "kind", "metadata", "spec");
    private static final Set<String> SPEC_FIELDS = Set.of("displayName", "authority", "region", "academies",
            "counties", "cluster", "namespace", "urls", "population", "capacity", "slo", "quota", "contacts",
            "lifecycle", "services");
    private static final Set<String> SERVICE_FIELDS = Set.of("name", "priority", "minReplicas", "maxReplicas",
            "requests", "autoscaling");
    private static final int MAX_REPLICAS = 1000;

    private final FieldReader in;
    private final Set<String> serviceNames = new HashSet<>();

    private TenantDocumentReader(String file) {
        this.in = new FieldReader(file);
    }

    static TenantFileResult read(String file, JsonNode document) {
        return new TenantDocumentReader(file).read(document);
    }

    private TenantFileResult read(JsonNode root) {
        JsonNode document = in.checkedObject(root, "", ROOT_FIELDS);
        if (document == null) {
            return TenantFileResult.rejected(in.problems());
        }
        in.text(document, "", "apiVersion", Pattern.compile("vigie/v1"), "vigie/v1");
        in.text(document, "", "kind", Pattern.compile("Tenant"), "Tenant");
        JsonNode metadata = in.object(document, "", "metadata", true, Set.of("name"));
        String name = in.text(metadata, "metadata", "name", DNS_LABEL, DNS_LABEL_RULE);
        JsonNode spec = in.object(document, "", "spec", true, SPEC_FIELDS);
        if (spec == null) {
            return TenantFileResult.rejected(in.problems());
        }
        Tenant tenant = new Tenant(
                name,
                in.text(spec, "spec", "displayName", DISPLAY_NAME, DISPLAY_NAME_RULE),
                authority(spec),
                in.text(spec, "spec", "region", DNS_LABEL, DNS_LABEL_RULE),
                in.textList(spec, "spec", "academies", true, DNS_LABEL, DNS_LABEL_RULE, s -> s),
                in.textList(spec, "spec", "counties", false, DEPARTMENT, DEPARTMENT_RULE, s -> s),
                in.text(spec, "spec", "cluster", DNS_LABEL, DNS_LABEL_RULE),
                in.text(spec, "spec", "namespace", DNS_LABEL, DNS_LABEL_RULE),
                urls(spec),
                population(spec),
                capacity(spec),
                slo(spec),
                quota(spec),
                in.list(spec, "spec", "contacts", false, 0, this::contact),
                in.enumValue(spec, "spec", "lifecycle", Lifecycle.class, Lifecycle.ACTIVE, false),
                services(spec));
        checkCountyTenantNamesItsCounty(spec, tenant);
        List<CatalogueProblem> problems = in.problems();
        return problems.isEmpty() ? TenantFileResult.loaded(tenant) : TenantFileResult.rejected(problems);
    }

    private Authority authority(JsonNode spec) {
        JsonNode node = in.object(spec, "spec", "authority", true, Set.of("kind", "name"));
        return new Authority(
                in.enumValue(node, "spec.authority", "kind", AuthorityKind.class, null, true),
                in.text(node, "spec.authority", "name", DISPLAY_NAME, DISPLAY_NAME_RULE));
    }

    private TenantUrls urls(JsonNode spec) {
        JsonNode node = in.object(spec, "spec", "urls", true, Set.of("public", "health"));
        return new TenantUrls(
                in.text(node, "spec.urls", "public", HTTP_URL, HTTP_URL_RULE),
                in.text(node, "spec.urls", "health", HTTP_URL, HTTP_URL_RULE));
    }

    private Population population(JsonNode spec) {
        JsonNode node = in.object(spec, "spec", "population", true, Set.of("students", "teachers", "parents"));
        return new Population(
                orZero(in.integer(node, "spec.population", "students", 0, 100_000_000)),
                orZero(in.integer(node, "spec.population", "teachers", 0, 100_000_000)),
                orZero(in.integer(node, "spec.population", "parents", 0, 100_000_000)));
    }

    private Capacity capacity(JsonNode spec) {
        JsonNode node = in.object(spec, "spec", "capacity", true, Set.of("sessionsPerReplica"));
        return new Capacity((int) orZero(in.integer(node, "spec.capacity", "sessionsPerReplica", 1, 1_000_000)));
    }

    private Slo slo(JsonNode spec) {
        JsonNode node = in.object(spec, "spec", "slo", true, Set.of("availability", "p95LatencyMs"));
        Double availability = in.decimal(node, "spec.slo", "availability", 0, 100);
        return new Slo(availability == null ? 0 : availability,
                (int) orZero(in.integer(node, "spec.slo", "p95LatencyMs", 1, 600_000)));
    }

    private ContractQuota quota(JsonNode spec) {
        JsonNode node = in.object(spec, "spec", "quota", true, Set.of("cpu", "memory", "pods"));
        return new ContractQuota(
                in.quantity(node, "spec.quota", "cpu", QUANTITY, QUANTITY_RULE),
                in.quantity(node, "spec.quota", "memory", QUANTITY, QUANTITY_RULE),
                (int) orZero(in.integer(node, "spec.quota", "pods", 1, 100_000)));
    }

    private Contact contact(JsonNode element, String path) {
        JsonNode node = in.checkedObject(element, path, Set.of("name", "email", "role"));
        if (node == null) {
            return null;
        }
        return new Contact(
                in.text(node, path, "name", DISPLAY_NAME, DISPLAY_NAME_RULE),
                in.text(node, path, "email", EMAIL, "an e-mail address such as ops@example.org"),
                in.optionalText(node, path, "role", DISPLAY_NAME, DISPLAY_NAME_RULE));
    }

    private List<ServiceSpec> services(JsonNode spec) {
        return in.list(spec, "spec", "services", true, 1, this::service);
    }

    private ServiceSpec service(JsonNode element, String path) {
        JsonNode node = in.checkedObject(element, path, SERVICE_FIELDS);
        if (node == null) {
            return null;
        }
        JsonNode requests = in.object(node, path, "requests", true, Set.of("cpu", "memory"));
        Long min = in.integer(node, path, "minReplicas", 0, MAX_REPLICAS);
        Long max = in.integer(node, path, "maxReplicas", 1, MAX_REPLICAS);
        if (min != null && max != null && min > max) {
            in.reject(path + ".minReplicas", node.get("minReplicas"),
                    "a number no greater than maxReplicas (" + max + ")");
        }
        String name = in.text(node, path, "name", DNS_LABEL, DNS_LABEL_RULE);
        if (name != null && !serviceNames.add(name)) {
            in.reject(path + ".name", node.get("name"), "a service name used only once in the tenant");
        }
        return new ServiceSpec(
                name,
                in.enumValue(node, path, "priority", Priority.class, null, false),
                (int) orZero(min),
                (int) orZero(max),
                in.quantity(requests, path + ".requests", "cpu", QUANTITY, QUANTITY_RULE),
                in.quantity(requests, path + ".requests", "memory", QUANTITY, QUANTITY_RULE),
                in.optionalBoolean(node, path, "autoscaling"));
    }

    private void checkCountyTenantNamesItsCounty(JsonNode spec, Tenant tenant) {
        if (tenant.authority().kind() == AuthorityKind.COUNTY && tenant.counties().isEmpty()
                && spec.get("counties") == null) {
            in.reject("spec.counties", null, "at least one department code for a COUNTY tenant");
        }
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }
}
