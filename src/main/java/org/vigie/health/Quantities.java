package org.vigie.health;

import io.fabric8.kubernetes.api.model.Quantity;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Kubernetes quantities as numbers (cores, bytes, counts), and back to short text for people. */
public final class Quantities {

    private static final BigDecimal GIB = BigDecimal.valueOf(1L << 30);
    private static final BigDecimal MIB = BigDecimal.valueOf(1L << 20);

    private Quantities() {
    }

    public static BigDecimal amount(String quantity) {
        return quantity == null ? null : Quantity.parse(quantity).getNumericalAmount();
    }

    static BigDecimal amount(Quantity quantity) {
        return quantity == null ? null : quantity.getNumericalAmount();
    }

    /** "12.5" cores, "96Gi", "512Mi" or a plain count, for display. */
    public static String format(QuotaUsage.Resource resource, BigDecimal amount) {
        if (amount == null) {
            return "?";
        }
        return switch (resource) {
            case CPU -> amount.setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
            case MEMORY -> amount.compareTo(GIB) >= 0
                    ? amount.divide(GIB, 1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "Gi"
                    : amount.divide(MIB, 0, RoundingMode.HALF_UP).toPlainString() + "Mi";
            case PODS -> amount.setScale(0, RoundingMode.HALF_UP).toPlainString();
        };
    }
}
