package dk.borgerplan.platform.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class HomeDirectoryTest {

    @Test
    void anExplicitHomeWins() {
        assertEquals(Path.of("/srv/borgerplan"),
                HomeDirectory.decide("/srv/borgerplan", "/opt/x/borgerplan-randers.jar", "/tmp"));
    }

    @Test
    void startedWithJavaJarTheHomeIsTheJarsFolder() {
        assertEquals(Path.of("/opt/x"), HomeDirectory.decide(null, "/opt/x/borgerplan-randers.jar", "/tmp"));
    }

    @Test
    void onAClassPathOfSeveralEntriesTheHomeIsTheWorkingDirectory() {
        assertEquals(Path.of("/work"), HomeDirectory.decide("", "/a.jar:/b.jar", "/work"));
    }
}
