package dk.borgerplan.plan;

import java.util.List;

/**
 * One yearly cycle of a citizen's plan: its number (1 for the first), the stage it has reached, and the history of
 * every transition. Its plan, made at the plan meeting, names the cycle ({@link Plan#cycleId()}).
 */
public record PlanCycle(String id, String citizenId, int number, CycleStage stage, List<CycleTransition> history,
        long version, Stamp created, Stamp updated) {

    public PlanCycle {
        history = List.copyOf(history);
    }

    public boolean open() {
        return stage != CycleStage.CLOSED;
    }
}
