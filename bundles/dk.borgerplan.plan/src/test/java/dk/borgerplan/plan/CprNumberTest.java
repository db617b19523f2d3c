package dk.borgerplan.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

class CprNumberTest {

    @Test
    void tenDigitsWithOrWithoutTheDashAreTheSameNumber() {
        assertEquals(CprNumber.parse("0101701234"), CprNumber.parse("010170-1234"));
        assertEquals("0101701234", CprNumber.parse(" 010170-1234 ").value());
    }

    @Test
    void theFirstSerialDigitGivesTheCentury() {
        assertEquals(LocalDate.of(1970, 1, 1), CprNumber.parse("0101703234").birthDate());
        assertEquals(LocalDate.of(2005, 2, 28), CprNumber.parse("2802054321").birthDate());
        assertEquals(LocalDate.of(1937, 6, 15), CprNumber.parse("1506379876").birthDate());
        assertEquals(LocalDate.of(2010, 3, 1), CprNumber.parse("0103105555").birthDate());
        assertEquals(LocalDate.of(1858, 3, 1), CprNumber.parse("0103585555").birthDate());
    }

    @Test
    void aDateThatDoesNotExistIsNotACprNumber() {
        assertEquals(Optional.of("cprDate"), CprNumber.problem("3102701234"));
        assertEquals(Optional.of("cprDate"), CprNumber.problem("2902011234"), "1901 was no leap year");
        assertEquals(Optional.empty(), CprNumber.problem("2902044234"), "2004 was a leap year");
        assertEquals(Optional.of("cprDate"), CprNumber.problem("0013701234"));
    }

    @Test
    void anythingButTenDigitsIsTheWrongFormat() {
        for (String text : new String[] { "010170123", "01017012345", "01017O1234", "0101-701234", "010170--1234",
                "", "010170 1234" }) {
            assertEquals(Optional.of("cprFormat"), CprNumber.problem(text), text);
        }
    }

    @Test
    void itIsMaskedWhereverItIsPrintedByAccidentAndTheMessageNeverRepeatsIt() {
        CprNumber cpr = CprNumber.parse("0101701234");
        assertEquals("010170-xxxx", cpr.toString());
        assertEquals("010170-xxxx", cpr.masked());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CprNumber.parse("9999991234"));
        assertFalse(e.getMessage().contains("999999"));
    }

    @Test
    void realLookingNumbersAreNotFictitious() {
        for (String text : new String[] { "0101701234", "2802054321", "1506379876", "0103105555", "0103585555",
                "0101404234", "0101570234", "3112994999", "0101395234", "0101585234" }) {
            assertFalse(CprNumber.parse(text).isFictitious(), text);
        }
    }

    @Test
    void theReservedRangeIsBirthYears2040To2057WithSerialDigitsFiveToEight() {
        assertTrue(CprNumber.parse("0101405000").isFictitious());
        assertTrue(CprNumber.parse("3112578999").isFictitious());
        assertEquals(LocalDate.of(2057, 12, 31), CprNumber.parse("3112578999").birthDate());
        assertFalse(CprNumber.parse("0101403000").isFictitious(), "serial 0-3: 1940");
        assertFalse(CprNumber.parse("0101409000").isFictitious(), "serial 9: 1940");
        assertFalse(CprNumber.parse("0101585000").isFictitious(), "serial 5-8 with 58: 1858");
    }

    @Test
    void everyGeneratedNumberIsFictitiousValidAndUniqueAcrossALargeRun() {
        Set<String> seen = new HashSet<>();
        for (int sequence = 0; sequence < 200_000; sequence++) {
            CprNumber cpr = CprNumber.fictitious(sequence);
            assertTrue(cpr.isFictitious(), cpr.masked());
            assertEquals(cpr, CprNumber.parse(cpr.value()), "reads back as the same valid number");
            assertTrue(CprNumber.parse(cpr.value()).isFictitious());
            assertTrue(seen.add(cpr.value()), "unique");
        }
        CprNumber last = CprNumber.fictitious(CprNumber.FICTITIOUS_COUNT - 1);
        assertTrue(last.isFictitious());
        assertTrue(seen.add(last.value()));
        assertThrows(IllegalArgumentException.class, () -> CprNumber.fictitious(-1));
        assertThrows(IllegalArgumentException.class, () -> CprNumber.fictitious(CprNumber.FICTITIOUS_COUNT));
    }
}
