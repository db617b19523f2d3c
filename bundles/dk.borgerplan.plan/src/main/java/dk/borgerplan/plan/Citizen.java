package dk.borgerplan.plan;

/** The adult the plan belongs to. */
public record Citizen(String id, String name, long version, Stamp created, Stamp updated) {
}
