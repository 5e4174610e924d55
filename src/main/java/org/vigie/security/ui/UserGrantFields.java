package org.vigie.security.ui;

import com.vaadin.flow.component.HasValidation;
import java.util.Map;
import org.vigie.tenant.Regions;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.EnumSet;
import java.util.Set;
import org.vigie.security.AccessScope;
import org.vigie.security.Role;
import org.vigie.security.RoleNames;
import org.vigie.tenant.TenantCatalogue;

/** Roles, and the regions and tenants that limit them (none: all tenants). */
class UserGrantFields extends HorizontalLayout {

    private final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    private final MultiSelectComboBox<String> regions = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<String> tenants = new MultiSelectComboBox<>();

    UserGrantFields(TenantCatalogue catalogue) {
        roles.setLabel(getTranslation("users.roles"));
        regions.setLabel(getTranslation("users.regions"));
        regions.setItemLabelGenerator(Regions::displayName);
        tenants.setLabel(getTranslation("users.tenants"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(RoleNames::of);
        roles.setId("grant-roles");
        regions.setItems(catalogue.regions());
        regions.setId("grant-regions");
        tenants.setItems(catalogue.names());
        tenants.setId("grant-tenants");
        add(roles, regions, tenants);
    }

    /** The fields by the names the services use in their refusals. */
    Map<String, HasValidation> byName() {
        return Map.of("roles", roles, "regions", regions, "tenants", tenants);
    }

    void show(Set<Role> granted, AccessScope scope) {
        roles.setValue(granted);
        regions.setValue(scope.regions());
        tenants.setValue(scope.tenants());
    }

    Set<Role> roles() {
        return roles.getValue().isEmpty() ? Set.of() : EnumSet.copyOf(roles.getValue());
    }

    AccessScope scope() {
        return new AccessScope(regions.getValue(), tenants.getValue());
    }
}
