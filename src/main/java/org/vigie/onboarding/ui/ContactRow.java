package org.vigie.onboarding.ui;

import static org.vigie.onboarding.ui.DocumentValues.text;
import static org.vigie.platform.Messages.inPage;

import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.vigie.tenant.Tenant.Contact;
import tools.jackson.databind.node.ObjectNode;

/** One contact of the tenant: who to call, at which address, in which role. */
final class ContactRow extends HorizontalLayout {

    final TextField name = new TextField(inPage("onboarding.ui.contact.name"));
    final TextField email = new TextField(inPage("onboarding.ui.contact.email"));
    final TextField role = new TextField(inPage("onboarding.ui.contact.role"));

    ContactRow() {
        add(name, email, role);
    }

    void register(FieldMap fields, String path) {
        fields.register(path + ".name", name);
        fields.register(path + ".email", email);
        fields.register(path + ".role", role);
    }

    void writeTo(ObjectNode contact) {
        text(contact, "name", name.getValue());
        text(contact, "email", email.getValue());
        text(contact, "role", role.getValue());
    }

    ContactRow fill(Contact contact) {
        name.setValue(contact.name());
        email.setValue(contact.email());
        role.setValue(contact.role() == null ? "" : contact.role());
        return this;
    }
}
