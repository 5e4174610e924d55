package org.vigie.fleet.ui;

import java.util.Locale;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.progressbar.ProgressBarVariant;
import org.vigie.health.Quantities;
import org.vigie.health.QuotaUsage;

/** "used / hard" of one quota resource with a bar: amber from 90 %, red when exhausted. */
final class QuotaCell extends Div {

    QuotaCell(QuotaUsage usage) {
        addClassName("quota-cell");
        if (usage == null || usage.hard() == null) {
            add(new Span(getTranslation("quota.none")));
            return;
        }
        add(new Span(Quantities.format(usage.resource(), usage.used()) + " / "
                + Quantities.format(usage.resource(), usage.hard())));
        double ratio = usage.usedRatio().orElse(0);
        ProgressBar bar = new ProgressBar(0, 1, Math.min(ratio, 1));
        if (ratio >= 1) {
            bar.addThemeVariants(ProgressBarVariant.LUMO_ERROR);
        } else if (ratio >= 0.9) {
            bar.addThemeVariants(ProgressBarVariant.LUMO_CONTRAST);
        } else {
            bar.addThemeVariants(ProgressBarVariant.LUMO_SUCCESS);
        }
        add(bar);
        setTitle(getTranslation("quota.used", usage.resource().name().toLowerCase(Locale.ROOT), Math.round(ratio * 100)));
    }
}
