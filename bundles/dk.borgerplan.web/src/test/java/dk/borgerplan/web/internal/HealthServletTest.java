package dk.borgerplan.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dk.borgerplan.platform.Health;
import dk.borgerplan.platform.HealthCheck;

class HealthServletTest {

    private static HealthCheck check(String part, Health health) {
        return new HealthCheck() {
            @Override
            public String part() {
                return part;
            }

            @Override
            public Health check() {
                return health;
            }
        };
    }

    @Test
    void aMissingStoreIsReportedDownNotLeftOut() {
        HealthServlet servlet = new HealthServlet();
        HealthServlet.HealthView view = servlet.health();
        assertEquals(Health.Status.DOWN, view.status());
        assertEquals("not started", view.parts().get("store").details().get("reason"));
        assertEquals(Health.Status.DOWN, view.parts().get("http").status());
    }

    @Test
    void aCheckThatThrowsIsDownAndTheWholeIsDown() {
        HealthServlet servlet = new HealthServlet();
        servlet.checks = List.of(check("store", Health.up(Map.of())), new HealthCheck() {
            @Override
            public String part() {
                return "icons";
            }

            @Override
            public Health check() {
                throw new IllegalStateException("broken");
            }
        });
        HealthServlet.HealthView view = servlet.health();
        assertEquals(Health.Status.UP, view.parts().get("store").status());
        assertEquals(Health.Status.DOWN, view.parts().get("icons").status());
        assertEquals(Health.Status.DOWN, view.status());
    }
}
