package org.vigie.demo;

/** How a tenant's demo health URL misbehaves: answers slowly, or with an error status. */
public record ProbeFault(Mode mode, int latencyMs, int status) {

    public enum Mode {
        SLOW, FAILING
    }

    public static ProbeFault slow(int latencyMs) {
        return new ProbeFault(Mode.SLOW, latencyMs, 200);
    }

    public static ProbeFault failing(int status) {
        return new ProbeFault(Mode.FAILING, 0, status);
    }
}
