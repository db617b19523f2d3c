package dk.borgerplan.plan;

import java.util.List;

/** A citizen's plan: the purpose of the effort and its goals. {@code version} grows with every saved change. */
public record Plan(String id, String citizenId, String purpose, List<Goal> goals, long version, Stamp created,
        Stamp updated) {

    public Plan {
        goals = List.copyOf(goals);
    }
}
