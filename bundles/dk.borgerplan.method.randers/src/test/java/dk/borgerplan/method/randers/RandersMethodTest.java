package dk.borgerplan.method.randers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import dk.borgerplan.method.MethodContract;
import dk.borgerplan.method.MethodPhase;

class RandersMethodTest {

    private final RandersMethod method = new RandersMethod();

    @Test
    void satisfiesTheMethodContract() {
        // Texts in both languages, phases in the order of the cycle without duplicates, @MethodId equal to id().
        MethodContract.verify(method);
    }

    @Test
    void isKnownByRanderssId() {
        assertEquals("randers", method.id());
        assertEquals("Mit liv – Min plan", method.name().da());
    }

    @Test
    void namesThePhasesInItsOwnWords() {
        assertEquals(List.of("Forberedelsesmøde", "Borgerplansmøde", "Opfølgning og målrettet indsats", "Status og nyt borgerplansmøde"),
                method.phases().stream().map(MethodPhase::name).map(name -> name.da()).toList());
    }
}
