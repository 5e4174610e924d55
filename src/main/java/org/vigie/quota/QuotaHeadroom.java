package org.vigie.quota;

import java.math.BigDecimal;
import org.vigie.health.QuotaUsage;
import org.vigie.health.QuotaUsage.Resource;

/**
 * What is left of one resource: the lower of the contract and the namespace quota's hard limit,
 * minus what is used. {@code headroom} is null when neither limit is known.
 */
public record QuotaHeadroom(Resource resource, BigDecimal contract, BigDecimal hard, BigDecimal used,
        BigDecimal limit, BigDecimal headroom) {

    public static QuotaHeadroom of(QuotaUsage usage) {
        BigDecimal limit = usage.hard() == null ? usage.contract()
                : usage.contract() == null ? usage.hard() : usage.hard().min(usage.contract());
        BigDecimal used = usage.used() == null ? BigDecimal.ZERO : usage.used();
        return new QuotaHeadroom(usage.resource(), usage.contract(), usage.hard(), usage.used(), limit,
                limit == null ? null : limit.subtract(used).max(BigDecimal.ZERO));
    }
}
