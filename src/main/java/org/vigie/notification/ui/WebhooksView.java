package org.vigie.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.List;
import org.vigie.notification.Delivery;
import org.vigie.notification.IssuedWebhook;
import org.vigie.notification.Webhook;
import org.vigie.notification.WebhookDeliveries;
import org.vigie.notification.WebhookEvent;
import org.vigie.notification.WebhookRefused;
import org.vigie.notification.Webhooks;
import org.vigie.platform.DisplayTime;
import org.vigie.security.Caller;
import org.vigie.security.CurrentCaller;

/** Outgoing webhooks: an ADMIN adds one (URL, secret, events), removes one, and sees the recent deliveries. */
@Menu(title = "menu.webhooks", order = 75)
@Route("admin/webhooks")
@RolesAllowed("ADMIN")
class WebhooksView extends VerticalLayout implements HasDynamicTitle {

    static final int RECENT = 50;

    private final Webhooks webhooks;
    private final WebhookDeliveries deliveries;
    private final Caller caller;
    private final TextField url = new TextField();
    private final PasswordField secret = new PasswordField();
    private final CheckboxGroup<WebhookEvent> events = new CheckboxGroup<>();
    private final Paragraph message = new Paragraph();
    private final Grid<Webhook> list = new Grid<>();
    private final Grid<Delivery> recent = new Grid<>();

    WebhooksView(Webhooks webhooks, WebhookDeliveries deliveries, CurrentCaller currentCaller) {
        this.webhooks = webhooks;
        this.deliveries = deliveries;
        this.caller = currentCaller.get();
        url.setId("webhook-url");
        url.setLabel(getTranslation("webhook.url"));
        url.setPlaceholder("https://chat.example.fr/hooks/vigie");
        url.setWidth("28em");
        secret.setId("webhook-secret");
        secret.setLabel(getTranslation("webhook.secret"));
        secret.setHelperText(getTranslation("webhook.secretHelp"));
        events.setId("webhook-events");
        events.setLabel(getTranslation("webhook.events"));
        events.setItems(WebhookEvent.values());
        events.setItemLabelGenerator(e -> getTranslation("webhook.event." + e.name()));
        Button create = new Button(getTranslation("webhook.create"), e -> create());
        create.setId("create-webhook");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(url, secret, events, create);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        message.setId("webhook-message");
        list.setId("webhooks");
        list.setAllRowsVisible(true);
        list.addColumn(Webhook::url).setHeader(getTranslation("webhook.url")).setFlexGrow(3);
        list.addColumn(w -> String.join(", ", w.events().stream().map(WebhookEvent::wire).toList()))
                .setHeader(getTranslation("webhook.events")).setFlexGrow(2);
        list.addColumn(Webhook::secretHint).setHeader(getTranslation("webhook.secret"));
        list.addColumn(w -> w.createdBy() + " · " + DisplayTime.dateTime(w.createdAt()))
                .setHeader(getTranslation("webhook.created"));
        list.addColumn(w -> getTranslation(w.active() ? "webhook.active" : "webhook.removed"))
                .setHeader(getTranslation("webhook.state"));
        list.addComponentColumn(this::removeButton);
        recent.setId("webhook-deliveries");
        recent.setAllRowsVisible(true);
        recent.addColumn(d -> DisplayTime.dateTime(d.createdAt())).setHeader(getTranslation("webhook.delivery.at"));
        recent.addColumn(Delivery::event).setHeader(getTranslation("webhook.delivery.event"));
        recent.addColumn(Delivery::url).setHeader(getTranslation("webhook.url")).setFlexGrow(2);
        recent.addColumn(d -> getTranslation("webhook.delivery." + d.state().name()))
                .setHeader(getTranslation("webhook.state"));
        recent.addColumn(Delivery::attempts).setHeader(getTranslation("webhook.delivery.attempts"));
        recent.addColumn(this::lastAttempt).setHeader(getTranslation("webhook.delivery.last")).setFlexGrow(3);
        add(new H2(getTranslation("menu.webhooks")), new Paragraph(getTranslation("webhook.intro")), form, message,
                list, new H3(getTranslation("webhook.recent", RECENT)), recent);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.webhooks") + " — Vigie";
    }

    private void create() {
        try {
            IssuedWebhook issued = webhooks.create(caller, url.getValue(), secret.getValue(),
                    events.getSelectedItems().stream().map(WebhookEvent::wire).toList());
            message.setText(secret.isEmpty() ? getTranslation("webhook.createdGenerated", issued.secret())
                    : getTranslation("webhook.createdDone", issued.webhook().url()));
            url.clear();
            secret.clear();
            events.clear();
        } catch (WebhookRefused refused) {
            message.setText(getTranslation(refused.key(), refused.args()));
        }
        refresh();
    }

    private Button removeButton(Webhook webhook) {
        Button remove = new Button(getTranslation("webhook.remove"), e -> {
            webhooks.remove(caller, webhook.id());
            message.setText(getTranslation("webhook.removedDone", webhook.url()));
            refresh();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        remove.setEnabled(webhook.active());
        return remove;
    }

    private String lastAttempt(Delivery delivery) {
        Instant at = delivery.lastAt();
        if (at == null) {
            return getTranslation("webhook.delivery.none");
        }
        return getTranslation("webhook.delivery.lastValue", DisplayTime.dateTime(at),
                delivery.lastStatus() == null ? delivery.lastError() : "HTTP " + delivery.lastStatus());
    }

    private void refresh() {
        list.setItems(webhooks.all());
        List<Delivery> latest = deliveries.recent(RECENT);
        recent.setItems(latest);
    }
}
