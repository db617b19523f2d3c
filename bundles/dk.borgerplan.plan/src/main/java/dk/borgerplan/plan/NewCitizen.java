package dk.borgerplan.plan;

/** What it takes to register a citizen. */
public record NewCitizen(String name) {
}
