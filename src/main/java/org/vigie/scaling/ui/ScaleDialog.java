package org.vigie.scaling.ui;

import com.vaadin.flow.component.HasValidation;
import org.vigie.platform.TextLimit;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import java.util.UUID;
import org.vigie.health.Quantities;
import org.vigie.health.ServiceState;
import org.vigie.health.TenantState;
import org.vigie.quota.QuotaCheck;
import org.vigie.scaling.ScaleRequest;
import org.vigie.scaling.ScaleResult;
import org.vigie.scaling.ScalingService;
import org.vigie.security.Caller;
import org.vigie.tenant.ServiceSpec.Priority;

/**
 * Scales one service: shows where it stands (desired, ready, bounds, quota headroom), asks for the
 * new count and a reason, and for the service's name before taking a critical service to zero. An
 * autoscaled service gets its HPA's bounds edited instead. One dialog, one idempotency key: a
 * double click scales once.
 */
public class ScaleDialog extends Dialog {

    private final Caller caller;
    private final String idempotencyKey = UUID.randomUUID().toString();
    final IntegerField replicas = new IntegerField();
    final IntegerField autoscalerMax = new IntegerField();
    final TextArea reason = new TextArea();
    final TextField incident = new TextField();
    final TextField confirmation = new TextField();
    final Span error = new Span();
    final Button scale = new Button();

    ScaleDialog(ScalingService scaling, Caller caller, TenantState tenant, ServiceState service) {
        this.caller = caller;
        String name = service.spec().name();
        boolean autoscaled = service.autoscaler() != null;
        setHeaderTitle(getTranslation("scale.title", name, tenant.tenant().displayName()));
        autoscalerMax.setLabel(getTranslation("scale.hpaMax"));
        reason.setLabel(getTranslation("scale.reason"));
        incident.setLabel(getTranslation("scale.incident"));
        scale.setText(getTranslation("scale.confirm"));
        VerticalLayout body = new VerticalLayout();
        body.setPadding(false);
        body.add(new Paragraph(getTranslation("scale.where", service.ready(), service.desired(),
                service.spec().minReplicas(), service.spec().maxReplicas(),
                getTranslation("priority." + service.spec().priority().name()))));
        body.add(new Paragraph(getTranslation("scale.quotaLeft") + String.join(" · ", QuotaCheck.headroom(tenant).stream()
                .map(q -> q.resource().name().toLowerCase(Locale.ROOT) + " "
                        + Quantities.format(q.resource(), q.headroom()))
                .toList())));
        replicas.setId("scale-replicas");
        replicas.setMin(0);
        replicas.setMax(service.spec().maxReplicas());
        replicas.setStepButtonsVisible(true);
        if (autoscaled) {
            body.add(new Paragraph(getTranslation("scale.autoscaled", name, service.autoscaler().minReplicas(),
                    service.autoscaler().maxReplicas())));
            replicas.setLabel(getTranslation("scale.hpaMin"));
            replicas.setValue(service.autoscaler().minReplicas());
            autoscalerMax.setId("scale-hpa-max");
            autoscalerMax.setValue(service.autoscaler().maxReplicas());
            autoscalerMax.setMax(service.spec().maxReplicas());
            body.add(replicas, autoscalerMax);
        } else {
            replicas.setLabel(getTranslation("scale.replicas"));
            replicas.setValue(service.desired());
            body.add(replicas);
        }
        reason.setId("scale-reason");
        reason.setRequired(true);
        TextLimit.of(reason, ScaleRequest.MAX_REASON);
        reason.setWidthFull();
        incident.setId("scale-incident");
        TextLimit.of(incident, ScaleRequest.MAX_INCIDENT);
        confirmation.setId("scale-confirmation");
        confirmation.setLabel(getTranslation("scale.typeName", name));
        confirmation.setVisible(false);
        replicas.addValueChangeListener(e -> confirmation.setVisible(
                service.spec().priority() == Priority.CRITICAL && Integer.valueOf(0).equals(e.getValue())));
        error.setId("scale-error");
        error.addClassName("scale-error");
        body.add(reason, incident, confirmation, error);
        add(body);

        scale.setId("scale-confirm");
        scale.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        scale.setDisableOnClick(true);
        scale.addClickListener(e -> submit(scaling, tenant, service, autoscaled));
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, scale);
    }

    /** The refusal also goes next to the field it is about. */
    private void markField(ScaleResult result) {
        HasValidation field = switch (result.kind()) {
            case OUT_OF_BOUNDS, OVER_QUOTA, CONFLICT -> replicas;
            case NEEDS_CONFIRMATION -> confirmation;
            case INVALID -> result.message().startsWith("field 'reason'") ? reason
                    : result.message().startsWith("field 'incident'") ? incident : null;
            default -> null;
        };
        if (field != null) {
            field.setErrorMessage(result.message());
            field.setInvalid(true);
        }
    }

    private void submit(ScalingService scaling, TenantState tenant, ServiceState service, boolean autoscaled) {
        if (TextLimit.check(reason) | TextLimit.check(incident)) {
            error.setText(getTranslation("field.fixHighlighted"));
            scale.setEnabled(true);
            return;
        }
        ScaleResult result = scaling.scale(new ScaleRequest(caller, tenant.tenant().name(), service.spec().name(),
                replicas.getValue(), autoscaled ? null : service.desired(), reason.getValue(),
                incident.getValue().isBlank() ? null : incident.getValue(), idempotencyKey,
                confirmation.getValue(), autoscaled ? autoscalerMax.getValue() : null));
        if (result.scaled()) {
            Notification.show(getTranslation("scale.done", ScaleOutcomeText.of(result)), 5000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            close();
        } else {
            error.setText(ScaleOutcomeText.refusal(result));
            markField(result);
            scale.setEnabled(true);
        }
    }
}
