package dk.borgerplan.plan.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dk.borgerplan.plan.Actor;
import dk.borgerplan.plan.Citizen;
import dk.borgerplan.plan.CprNumber;
import dk.borgerplan.plan.DuplicateCitizenException;
import dk.borgerplan.plan.NewCitizen;
import dk.borgerplan.plan.PlanLook;
import dk.borgerplan.plan.TargetGroup;
import dk.borgerplan.plan.ValidationException;
import dk.borgerplan.plan.Violation;

class CitizenRegistryTest {

    private static final Actor CASEWORKER = new Actor("sagsbehandler-1", "Sagsbehandler");

    private final InMemoryPlanStore store = new InMemoryPlanStore();
    private final CitizenRegistry citizens = new CitizenRegistry(store);

    @Test
    void aCitizenIsRegisteredWithDetails() {
        Citizen citizen = citizens.create(CASEWORKER, new NewCitizen("Testborger Fiktiv", "010170-1234",
                List.of(TargetGroup.AUTISM, TargetGroup.INTELLECTUAL_DISABILITY), "730", "730", PlanLook.NEUTRAL,
                true));
        assertEquals(CprNumber.parse("0101701234"), citizen.cprNumber());
        assertEquals(Set.of(TargetGroup.AUTISM, TargetGroup.INTELLECTUAL_DISABILITY), citizen.targetGroups());
        assertEquals("730", citizen.actingMunicipality());
        assertEquals(PlanLook.NEUTRAL, citizen.look());
        assertTrue(citizen.visualPlanOptOut());
    }

    @Test
    void byNameOnlyTheLookIsColourfulAndTheVisualPlanIsOffered() {
        Citizen citizen = citizens.create(CASEWORKER, new NewCitizen("Testborger"));
        assertEquals(PlanLook.COLOURFUL, citizen.look());
        assertFalse(citizen.visualPlanOptOut());
        assertEquals(null, citizen.cprNumber());
    }

    @Test
    void aBadCprNumberOrMunicipalityIsNamedAndNothingIsStored() {
        ValidationException e = assertThrows(ValidationException.class, () -> citizens.create(CASEWORKER,
                new NewCitizen("Testborger", "310270-1234", List.of(TargetGroup.AUTISM, TargetGroup.AUTISM), "999",
                        "73", null, null)));
        assertEquals(List.of("cprNumber", "targetGroups", "actingMunicipality", "payingMunicipality"),
                e.violations().stream().map(Violation::field).toList());
        assertEquals("CPR-nummerets første seks cifre er ikke en dato",
                e.violations().get(0).message(Locale.forLanguageTag("da")));
        assertFalse(e.violations().stream().anyMatch(v -> v.message(Locale.ROOT).contains("310270")));
        assertTrue(store.citizens.isEmpty());
    }

    @Test
    void aCprNumberIsRegisteredOnlyOnce() {
        Citizen first = citizens.create(CASEWORKER, new NewCitizen("Testborger", "0101701234", null, null, null,
                null, null));
        DuplicateCitizenException e = assertThrows(DuplicateCitizenException.class, () -> citizens.create(CASEWORKER,
                new NewCitizen("Anden Testborger", "010170-1234", null, null, null, null, null)));
        assertEquals(first.id(), e.existingId());
        assertFalse(e.getMessage().contains("1234"));
        assertEquals(1, store.citizens.size());
    }
}
