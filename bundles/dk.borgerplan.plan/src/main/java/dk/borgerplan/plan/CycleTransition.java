package dk.borgerplan.plan;

/** One step in a cycle's history: from which stage to which, by whom and when ({@code from} is null when opened). */
public record CycleTransition(CycleStage from, CycleStage to, Stamp stamp) {
}
