package dk.borgerplan.accounts.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordsTest {

    private final Passwords passwords = new Passwords();

    @Test
    void argon2idWithOwaspParametersAndASaltOfItsOwn() {
        String hash = passwords.hash("korrekt hest batteri hæfteklamme");
        assertTrue(hash.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), hash);
        assertTrue(passwords.matches("korrekt hest batteri hæfteklamme", hash));
        assertFalse(passwords.matches("korrekt hest batteri hæfteklammE", hash));
        assertNotEquals(hash, passwords.hash("korrekt hest batteri hæfteklamme"), "a new salt each time");
    }

    @Test
    void theParametersTravelWithTheHashSoOlderHashesStillMatchAfterAChange() {
        String older = new Passwords(64, 1).hash("en gammel adgangskode");
        assertTrue(older.startsWith("$argon2id$v=19$m=64,t=1,p=1$"));
        assertTrue(passwords.matches("en gammel adgangskode", older));
    }

    @Test
    void malformedOrHugeHashesMatchNothing() {
        assertFalse(passwords.matches("x", null));
        assertFalse(passwords.matches("x", "$argon2i$v=19$m=64,t=1,p=1$c2FsdHNhbHQ$aGFzaA"));
        assertFalse(passwords.matches("x", "$argon2id$v=19$m=999999999,t=1,p=1$c2FsdHNhbHQ$aGFzaA"));
        assertFalse(passwords.matches("x", "$argon2id$v=19$m=64,t=1$c2FsdHNhbHQ$aGFzaA"));
        assertFalse(passwords.matches("x", "plain"));
    }

    @Test
    void oneTimePasswordsAndTokensAreLongAndDifferent() {
        String one = passwords.oneTime();
        assertEquals(16, one.length());
        assertFalse(one.matches(".*[0O1lI].*"));
        assertNotEquals(one, passwords.oneTime());
        assertEquals(43, passwords.token().length());
    }
}
