package org.vigie.onboarding.ui;

import static org.vigie.platform.Messages.inPage;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Optional;
import org.vigie.onboarding.ui.SizingSuggestions.Resources;
import org.vigie.onboarding.ui.SizingSuggestions.ServiceSizing;
import org.vigie.onboarding.ui.SizingSuggestions.Suggestion;
import org.vigie.tenant.Tenant.Population;

/**
 * Replicas and quota suggested from the form's population and capacity, for a normal school day and a
 * closure day (decision 0022); « Appliquer les suggestions » copies them into the bounds and the quota.
 */
final class SuggestionPanel extends VerticalLayout {

    private final TenantForm form;
    private final Paragraph summary = new Paragraph();
    private final UnorderedList details = new UnorderedList();
    private final Button apply = new Button(inPage("onboarding.ui.suggest.apply"), e -> applyNow());

    SuggestionPanel(TenantForm form) {
        this.form = form;
        setId("onb-suggestions");
        setPadding(false);
        summary.setId("onb-suggestions-summary");
        apply.setId("onb-suggestions-apply");
        add(new H4(inPage("onboarding.ui.suggest.title")), summary, details, apply);
        List.of(form.students, form.teachers, form.parents, form.sessionsPerReplica)
                .forEach(field -> field.addValueChangeListener(e -> refresh()));
        refresh();
    }

    Optional<Suggestion> suggestion() {
        Long students = number(form.students.getValue());
        Long teachers = number(form.teachers.getValue());
        Long parents = number(form.parents.getValue());
        Long perReplica = number(form.sessionsPerReplica.getValue());
        if (students == null || teachers == null || parents == null || perReplica == null || perReplica < 1
                || perReplica > Integer.MAX_VALUE) {
            return Optional.empty();
        }
        return Optional.of(SizingSuggestions.suggest(new Population(students, teachers, parents), perReplica.intValue(),
                form.services.rows().stream().map(ServiceRow::demand).toList()));
    }

    void refresh() {
        details.removeAll();
        Optional<Suggestion> suggestion = suggestion();
        apply.setEnabled(suggestion.isPresent());
        if (suggestion.isEmpty()) {
            summary.setText(inPage("onboarding.ui.suggest.missing"));
            return;
        }
        Suggestion s = suggestion.get();
        summary.setText(inPage("onboarding.ui.suggest.summary", s.normalSessions(), s.closureSessions()));
        for (ServiceSizing service : s.services()) {
            details.add(new ListItem(inPage("onboarding.ui.suggest.service", service.name().isBlank()
                    ? inPage("onboarding.ui.suggest.unnamed") : service.name(), ServiceRow.label(service.priority()),
                    service.normalDay(), service.closureDay())));
        }
        details.add(new ListItem(inPage("onboarding.ui.suggest.need", resources(s.normalDay()), resources(s.closureDay()))));
        details.add(new ListItem(inPage("onboarding.ui.suggest.quota", s.quotaCpu(), s.quotaMemory(), s.quotaPods())));
    }

    void applyNow() {
        suggestion().ifPresent(s -> {
            List<ServiceRow> rows = form.services.rows();
            for (int i = 0; i < rows.size(); i++) {
                rows.get(i).apply(s.services().get(i));
            }
            form.quotaCpu.setValue(s.quotaCpu());
            form.quotaMemory.setValue(s.quotaMemory());
            form.quotaPods.setValue(String.valueOf(s.quotaPods()));
            refresh();
        });
    }

    private static String resources(Resources r) {
        return inPage("onboarding.ui.suggest.resources", r.cpu(), r.memoryGi(), r.pods());
    }

    private static Long number(String text) {
        String digits = text == null ? "" : text.strip().replaceAll("[\\s\u00a0\u202f]", "");
        return digits.matches("\\d{1,18}") ? Long.parseLong(digits) : null;
    }
}
