package org.vigie.onboarding.ui;

import java.util.Collection;
import org.vigie.tenant.Tenant.AuthorityKind;
import org.vigie.tenant.Tenant.Contact;

/**
 * The demo's worked example: the Département de la Loire (42) signs for its middle schools, 40 000
 * students. Fills the form as an account manager would, then applies the suggested replicas and quota.
 */
final class LoireExample {

    static final String NAME = "loire-colleges";
    static final String PREFERRED_CLUSTER = "plaque-lyon";

    private LoireExample() {
    }

    static void fill(TenantForm form, SuggestionPanel suggestions, Collection<String> clusters) {
        form.setExisting(false);
        form.defaults();
        form.name.setValue(NAME);
        form.displayName.setValue("ENT de la Loire — collèges");
        form.authorityKind.setValue(AuthorityKind.COUNTY);
        form.authorityName.setValue("Département de la Loire");
        form.region.setValue("auvergne-rhone-alpes");
        form.academies.setValue("lyon");
        form.counties.setValue("42");
        form.cluster.setValue(clusters.contains(PREFERRED_CLUSTER) ? PREFERRED_CLUSTER
                : clusters.stream().findFirst().orElse(null));
        form.namespace.setValue("ent-" + NAME);
        form.publicUrl.setValue("https://ent.loire.example.fr/");
        form.healthUrl.setValue("https://ent.loire.example.fr/healthz");
        form.students.setValue("40000");
        form.teachers.setValue("3300");
        form.parents.setValue("54000");
        form.contacts.clear();
        form.contacts.add().fill(new Contact("Cellule de crise de la Loire",
                "crise@ent.loire.example.fr", "comité de crise"));
        suggestions.applyNow();
    }
}
