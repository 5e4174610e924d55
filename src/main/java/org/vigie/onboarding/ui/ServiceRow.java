package org.vigie.onboarding.ui;

import static org.vigie.onboarding.ui.DocumentValues.text;
import static org.vigie.onboarding.ui.DocumentValues.whole;
import static org.vigie.platform.Messages.inPage;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import org.vigie.onboarding.ui.SizingSuggestions.Demand;
import org.vigie.onboarding.ui.SizingSuggestions.ServiceSizing;
import org.vigie.tenant.ServiceSpec;
import org.vigie.tenant.ServiceSpec.Priority;
import tools.jackson.databind.node.ObjectNode;

/** One service of the tenant: its name, priority, replica bounds and per-replica requests. */
final class ServiceRow extends HorizontalLayout {

    final TextField name = new TextField(inPage("onboarding.ui.service.name"));
    final Select<Priority> priority = new Select<>();
    final TextField minReplicas = new TextField(inPage("onboarding.ui.service.min"));
    final TextField maxReplicas = new TextField(inPage("onboarding.ui.service.max"));
    final TextField cpu = new TextField(inPage("onboarding.ui.service.cpu"));
    final TextField memory = new TextField(inPage("onboarding.ui.service.memory"));
    final Checkbox autoscaling = new Checkbox(inPage("onboarding.ui.service.autoscaling"));

    ServiceRow() {
        priority.setLabel(inPage("onboarding.ui.service.priority"));
        priority.setItems(Priority.values());
        priority.setItemLabelGenerator(ServiceRow::label);
        priority.setValue(Priority.ESSENTIAL);
        minReplicas.setWidth("8em");
        maxReplicas.setWidth("8em");
        cpu.setWidth("8em");
        memory.setWidth("9em");
        setAlignItems(FlexComponent.Alignment.BASELINE);
        add(name, priority, minReplicas, maxReplicas, cpu, memory, autoscaling);
    }

    static String label(Priority priority) {
        return inPage("priority." + priority.name());
    }

    void register(FieldMap fields, String path) {
        fields.register(path + ".name", name);
        fields.register(path + ".priority", priority);
        fields.register(path + ".minReplicas", minReplicas);
        fields.register(path + ".maxReplicas", maxReplicas);
        fields.register(path + ".requests.cpu", cpu);
        fields.register(path + ".requests.memory", memory);
        autoscaling.setId(FieldMap.idOf(path + ".autoscaling"));
    }

    void writeTo(ObjectNode service) {
        text(service, "name", name.getValue());
        if (priority.getValue() != null) {
            service.put("priority", priority.getValue().name().toLowerCase(Locale.ROOT));
        }
        whole(service, "minReplicas", minReplicas.getValue());
        whole(service, "maxReplicas", maxReplicas.getValue());
        ObjectNode requests = service.putObject("requests");
        text(requests, "cpu", cpu.getValue().strip());
        text(requests, "memory", memory.getValue().strip());
        service.put("autoscaling", autoscaling.getValue());
    }

    ServiceRow fill(ServiceSpec spec) {
        return fill(spec.name(), spec.priority(), spec.minReplicas(), spec.maxReplicas(), spec.cpuRequest(),
                spec.memoryRequest(), spec.autoscaling());
    }

    ServiceRow fill(String serviceName, Priority servicePriority, int min, int max, String cpuRequest,
            String memoryRequest, boolean autoscaled) {
        name.setValue(serviceName);
        priority.setValue(servicePriority);
        minReplicas.setValue(String.valueOf(min));
        maxReplicas.setValue(String.valueOf(max));
        cpu.setValue(cpuRequest);
        memory.setValue(memoryRequest);
        autoscaling.setValue(autoscaled);
        return this;
    }

    Demand demand() {
        return new Demand(name.getValue(), priority.getValue() == null ? Priority.DEFERRABLE : priority.getValue(),
                cpu.getValue(), memory.getValue());
    }

    void apply(ServiceSizing sizing) {
        minReplicas.setValue(String.valueOf(sizing.normalDay()));
        maxReplicas.setValue(String.valueOf(Math.max(1, sizing.closureDay())));
    }
}
