package dk.borgerplan.method.copenhagen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import dk.borgerplan.method.MethodContract;
import dk.borgerplan.method.MethodPhase;

class CopenhagenMethodTest {

    private final CopenhagenMethod method = new CopenhagenMethod();

    @Test
    void satisfiesTheMethodContract() {
        // Texts in both languages, phases in the order of the cycle without duplicates, @MethodId equal to id().
        MethodContract.verify(method);
    }

    @Test
    void isKnownByCopenhagensId() {
        assertEquals("copenhagen", method.id());
        assertEquals("Medborgerskabsfortællingen", method.name().da());
    }

    @Test
    void namesThePhasesInItsOwnWords() {
        assertEquals(List.of("Forberedelse", "Afvikling", "Afrunding", "Opfølgning på botilbuddet"),
                method.phases().stream().map(MethodPhase::name).map(name -> name.da()).toList());
    }
}
