package dk.borgerplan.method.aalborg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import dk.borgerplan.method.MethodContract;
import dk.borgerplan.method.MethodPhase;

class AalborgMethodTest {

    private final AalborgMethod method = new AalborgMethod();

    @Test
    void satisfiesTheMethodContract() {
        // Texts in both languages, phases in the order of the cycle without duplicates, @MethodId equal to id().
        MethodContract.verify(method);
    }

    @Test
    void isKnownByAalborgsId() {
        assertEquals("aalborg", method.id());
        assertEquals("Drømmeværksted", method.name().da());
    }

    @Test
    void namesThePhasesInItsOwnWords() {
        assertEquals(List.of("Forberedelse af drømmeværkstedet", "Drømmeværksted", "Handleplanen som dynamisk redskab", "Opfølgning side om side med VUM"),
                method.phases().stream().map(MethodPhase::name).map(name -> name.da()).toList());
    }
}
