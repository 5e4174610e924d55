package org.vigie.fleet.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.vigie.health.Reason;
import org.vigie.health.Status;
import org.vigie.platform.Messages;

/**
 * A coloured status word followed by the worst reason, a link to its runbook; every reason with its
 * code in the tooltip.
 */
final class StatusBadge {

    private StatusBadge() {
    }

    static Span of(Status status, List<Reason> reasons) {
        return of(status, reasons, null);
    }

    /** {@code tenant} (may be null): the runbook opens with that tenant's note. */
    static Span of(Status status, List<Reason> reasons, String tenant) {
        Span badge = new Span(label(status));
        badge.getElement().getThemeList().add(switch (status) {
            case GREEN -> "badge success";
            case AMBER -> "badge warning";
            case RED -> "badge error primary";
            case GREY -> "badge contrast";
        });
        badge.addClassName(cssClass(status));
        Span cell = new Span(badge);
        if (!reasons.isEmpty()) {
            Locale locale = Messages.pageLocale();
            Reason worst = reasons.getFirst();
            cell.add(new Span(" "), new Anchor(runbook(worst, tenant), worst.message(locale)));
            if (reasons.size() > 1) {
                cell.add(new Span(" (+" + (reasons.size() - 1) + ")"));
            }
            cell.setTitle(reasons.stream().map(r -> r.code() + " : " + r.message(locale))
                    .collect(Collectors.joining("\n")));
        }
        return cell;
    }

    /** The runbook of a reason, opened from a tenant when one is given. */
    static String runbook(Reason reason, String tenant) {
        return "runbooks/" + reason.code().name() + (tenant == null ? "" : "?tenant=" + tenant);
    }

    static String label(Status status) {
        return Messages.inPage("status." + status.name());
    }

    /** The colour's name ("Rouge"), for counts and filters. */
    static String colour(Status status) {
        return Messages.inPage("colour." + status.name());
    }

    static String cssClass(Status status) {
        return "status-" + status.name().toLowerCase(Locale.ROOT);
    }
}
