package org.vigie.scaling.ui;

import com.vaadin.flow.server.VaadinRequest;

/** Who is acting in the console, for the audit trail: the signed-in user, or "anonymous" until login exists. */
final class CurrentActor {

    private CurrentActor() {
    }

    static String name() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null || request.getRemoteUser() == null ? "anonymous" : request.getRemoteUser();
    }
}
