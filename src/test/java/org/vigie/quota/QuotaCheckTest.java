package org.vigie.quota;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.health.QuotaUsage;
import org.vigie.health.QuotaUsage.Resource;
import org.vigie.health.TenantState;
import org.vigie.tenant.ServiceSpec;
import org.vigie.tenant.ServiceSpec.Priority;
import org.vigie.tenant.Tenant;

class QuotaCheckTest {

    static final ServiceSpec BINDER = new ServiceSpec("binder", Priority.ESSENTIAL, 1, 10, "500m", "1Gi", false);

    /** cpu 10 of 12 used (contract 12, namespace hard 16), memory 20Gi of 24Gi, pods 18 of 20, no limit on nothing else. */
    static TenantState state(List<QuotaUsage> quota) {
        Tenant tenant = new Tenant("t", "ENT T", new Tenant.Authority(Tenant.AuthorityKind.COUNTY, "T"), "r",
                List.of(), List.of("01"), "c", "ent-t", new Tenant.TenantUrls("https://t/", "https://t/h"),
                new Tenant.Population(1, 1, 1), new Tenant.Capacity(600), new Tenant.Slo(99.5, 800),
                new Tenant.ContractQuota("12", "24Gi", 20), List.of(), Tenant.Lifecycle.ACTIVE, List.of(BINDER));
        return new TenantState(tenant, List.of(), quota, null, null, Instant.EPOCH, null);
    }

    static final List<QuotaUsage> USAGE = List.of(
            new QuotaUsage(Resource.CPU, new BigDecimal("12"), new BigDecimal("16"), new BigDecimal("10")),
            new QuotaUsage(Resource.MEMORY, gib(24), gib(24), gib(20)),
            new QuotaUsage(Resource.PODS, new BigDecimal("20"), new BigDecimal("20"), new BigDecimal("18")));

    static BigDecimal gib(long n) {
        return BigDecimal.valueOf(n * 1024L * 1024 * 1024);
    }

    @Test
    void a_scale_down_or_no_change_is_never_refused() {
        assertThat(QuotaCheck.refusal(state(USAGE), BINDER, 5, 1)).isEmpty();
        assertThat(QuotaCheck.refusal(state(USAGE), BINDER, 5, 5)).isEmpty();
    }

    @Test
    void a_scale_up_that_fits_every_resource_passes() {
        assertThat(QuotaCheck.refusal(state(USAGE), BINDER, 2, 4)).isEmpty();
    }

    @Test
    void the_first_resource_short_is_named_with_what_is_needed_and_what_is_left() {
        assertThat(QuotaCheck.refusal(state(USAGE), BINDER, 2, 7)).hasValue(
                "cpu: 5 more replica(s) of binder need 2.5, only 2 left of 12");
    }

    @Test
    void pods_count_one_per_replica() {
        List<QuotaUsage> plentyOfCpuAndMemory = List.of(
                new QuotaUsage(Resource.CPU, null, null, null),
                new QuotaUsage(Resource.PODS, new BigDecimal("20"), new BigDecimal("20"), new BigDecimal("18")));
        assertThat(QuotaCheck.refusal(state(plentyOfCpuAndMemory), BINDER, 1, 4)).hasValueSatisfying(
                message -> assertThat(message).startsWith("pods: 3 more replica(s) of binder need 3"));
    }

    @Test
    void a_resource_without_any_limit_is_ignored_and_the_headroom_is_the_smaller_of_contract_and_hard() {
        assertThat(QuotaCheck.refusal(state(List.of(new QuotaUsage(Resource.CPU, null, null, new BigDecimal("99")))),
                BINDER, 1, 9)).isEmpty();
        QuotaHeadroom cpu = QuotaCheck.headroom(state(USAGE)).getFirst();
        assertThat(cpu.limit()).isEqualByComparingTo("12");
        assertThat(cpu.headroom()).isEqualByComparingTo("2");
        assertThat(QuotaCheck.perReplica(BINDER, Resource.MEMORY)).isEqualByComparingTo(gib(1));
    }
}
