package dk.borgerplan.plan;

/** §141 stk. 3 nr. 4: other special conditions — housing, employment, personal help, treatment, aids. */
public record SpecialConditions(String housing, String employment, String personalHelp, String treatment,
        String aids) {
}
