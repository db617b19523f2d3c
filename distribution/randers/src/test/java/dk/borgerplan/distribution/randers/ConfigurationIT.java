package dk.borgerplan.distribution.randers;

import static org.junit.Assert.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.inject.Inject;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;

import dk.borgerplan.distribution.Http;
import dk.borgerplan.distribution.ResolvedDistribution;

/**
 * Configuration files in the distribution's etc/ reach the components through FileInstall and ConfigAdmin: at start
 * (two goal slots instead of three) and while the platform runs (back to three, without a restart).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ConfigurationIT {

    private static final Path HOME = ResolvedDistribution.freshHome("ConfigurationIT");
    private static final int PORT = ResolvedDistribution.freePort();

    @Configuration
    public Option[] configuration() {
        Option[] options = ResolvedDistribution.ofThisModule().options(HOME, PORT);
        writeGoalSlots(HOME, 2);
        return options;
    }

    static void writeGoalSlots(Path home, int slots) {
        try {
            Files.writeString(home.resolve("etc/dk.borgerplan.plan.cfg"),
                    "goalSlots=" + slots + "\ndefaultScale=fko\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Inject
    private BundleContext context;

    private static String plan(int goals) {
        StringBuilder json = new StringBuilder("{\"purpose\": \"Formål\", \"goals\": [");
        for (int i = 0; i < goals; i++) {
            json.append(i == 0 ? "" : ",").append("{\"text\": \"Jeg mål ").append(i)
                    .append("\", \"currentScore\": {\"value\": 2}, \"expectedScore\": {\"value\": 1}}");
        }
        return json.append("]}").toString();
    }

    @Test
    public void goalSlotsComeFromEtcAtStartAndWhileRunning() throws Exception {
        Http http = Http.of(context);
        http.awaitHealthy(30_000);
        String citizen = http.post("/api/citizens", "{\"name\": \"Testborger Konfiguration\"}").json().path("id")
                .asText();
        String plans = "/api/citizens/" + citizen + "/plans";

        Http.Response three = http.post(plans, plan(3));
        assertEquals(three.body(), 400, three.status());
        assertEquals("En plan har højst 2 mål", three.json().path("errors").get(0).path("message").asText());
        assertEquals(201, http.post(plans, plan(2)).status());

        writeGoalSlots(Path.of(context.getProperty("borgerplan.home")), 3);
        // A cycle has one plan: the plan after the change is another citizen's.
        String other = http.post("/api/citizens", "{\"name\": \"Testborger Konfiguration 2\"}").json().path("id")
                .asText();
        long deadline = System.currentTimeMillis() + 20_000;
        int status = 0;
        while (System.currentTimeMillis() < deadline && status != 201) {
            Thread.sleep(200);
            status = http.post("/api/citizens/" + other + "/plans", plan(3)).status();
        }
        assertEquals("a change in etc/ takes effect without a restart", 201, status);
    }
}
