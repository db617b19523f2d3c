package dk.borgerplan.method.aarhus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import dk.borgerplan.method.MethodContract;
import dk.borgerplan.method.MethodPhase;

class AarhusMethodTest {

    private final AarhusMethod method = new AarhusMethod();

    @Test
    void satisfiesTheMethodContract() {
        // Texts in both languages, phases in the order of the cycle without duplicates, @MethodId equal to id().
        MethodContract.verify(method);
    }

    @Test
    void isKnownByAarhussId() {
        assertEquals("aarhus", method.id());
        assertEquals("Livsmester", method.name().da());
    }

    @Test
    void namesThePhasesInItsOwnWords() {
        assertEquals(List.of("Øvebaner med medborgerguider", "Åben Dialog med borger og netværk", "Afprøvning med livsmestermidler", "Opfølgning i Åben Dialog"),
                method.phases().stream().map(MethodPhase::name).map(name -> name.da()).toList());
    }
}
