package dk.borgerplan.persistence.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import dk.borgerplan.plan.Plan;

/** A plan as a JSON snapshot and back, for closed revisions. */
final class Snapshots {

    // The module is registered by hand: findAndRegisterModules() cannot see across bundles (STACK.md trap 6).
    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private Snapshots() {
    }

    static String of(Plan plan) {
        try {
            return JSON.writeValueAsString(plan);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A plan could not be written as a snapshot", e);
        }
    }

    static Plan plan(String snapshot) {
        try {
            return JSON.readValue(snapshot, Plan.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored plan revision could not be read", e);
        }
    }
}
