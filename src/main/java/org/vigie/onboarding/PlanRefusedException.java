package org.vigie.onboarding;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A plan (or an apply, rollback, offboard) that Vigie refuses, with every problem found. A
 * {@link Flavour#CONFLICT} (name or namespace taken, run in another state) is HTTP 409, a
 * {@link Flavour#INVALID} is 422. Nothing was written to the cluster or the catalogue.
 */
public class PlanRefusedException extends RuntimeException {

    private final Flavour flavour;
    private final List<PlanProblem> problems;

    public PlanRefusedException(Flavour flavour, List<PlanProblem> problems) {
        super(problems.stream().map(PlanProblem::message).collect(Collectors.joining("; ")));
        this.flavour = flavour;
        this.problems = List.copyOf(problems);
    }

    public Flavour flavour() {
        return flavour;
    }

    public List<PlanProblem> problems() {
        return problems;
    }

    public enum Flavour {
        INVALID, CONFLICT, FORBIDDEN, NOT_FOUND
    }
}
