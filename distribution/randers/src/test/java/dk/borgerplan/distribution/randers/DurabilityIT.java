package dk.borgerplan.distribution.randers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The embedded Derby store keeps what it acknowledged through a crash: Randers' distribution, started by its script,
 * takes citizens from four writers at once and is killed with SIGKILL in the middle of that load (no shutdown hook,
 * nothing flushed). Started again on the same folder, the database opens, every citizen the API answered 201 for is
 * there with its name, and the audit log's hash chain is intact. Three rounds on the same database.
 */
class DurabilityIT {

    private static final int ROUNDS = 3;
    private static final int WRITERS = 4;
    /** Acknowledged writes before the kill: enough that the kill lands while writes are committing. */
    private static final int WRITES_BEFORE_KILL = 60;

    @TempDir
    Path installation;

    @Test
    void everyAcknowledgedWriteSurvivesSigkill() throws Exception {
        Map<String, String> acknowledged = new ConcurrentHashMap<>();
        List<String> report = new ArrayList<>();
        try (RunningDistribution server = RunningDistribution.start(installation)) {
            for (int round = 1; round <= ROUNDS; round++) {
                Api caseworker = server.api();
                AtomicBoolean killing = new AtomicBoolean();
                AtomicBoolean killed = new AtomicBoolean();
                AtomicInteger inFlight = new AtomicInteger();
                AtomicInteger thisRound = new AtomicInteger();
                List<Throwable> wrong = java.util.Collections.synchronizedList(new ArrayList<>());
                ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
                int currentRound = round;
                for (int w = 0; w < WRITERS; w++) {
                    int writer = w;
                    writers.submit(() -> {
                        for (int n = 0; !killed.get(); n++) {
                            String name = "Testborger Holdbar " + currentRound + "-" + writer + "-" + n;
                            try {
                                JsonNode made = caseworker.post("/api/citizens", "{\"name\": " + Api.quote(name)
                                        + "}", null, 201).json();
                                acknowledged.put(made.path("id").asText(), name);
                                thisRound.incrementAndGet();
                            } catch (UncheckedIOException cut) {
                                // The connection died with the process: not acknowledged, so not promised.
                                inFlight.incrementAndGet();
                                return;
                            } catch (Throwable other) {
                                if (!killing.get()) {
                                    wrong.add(other);
                                }
                                return;
                            }
                        }
                    });
                }
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (thisRound.get() < WRITES_BEFORE_KILL && System.nanoTime() < deadline && wrong.isEmpty()) {
                    Thread.sleep(5);
                }
                killing.set(true);
                server.kill();
                killed.set(true);
                writers.shutdown();
                assertTrue(writers.awaitTermination(60, TimeUnit.SECONDS), "the writers ended");
                assertTrue(wrong.isEmpty(), "a write failed before the kill: " + wrong);

                server.startAgain();
                Api after = server.api();
                int found = 0;
                for (Map.Entry<String, String> citizen : acknowledged.entrySet()) {
                    assertEquals(citizen.getValue(), after.get("/api/citizens/" + citizen.getKey()).json()
                            .path("name").asText(), "acknowledged before a kill, so there after it");
                    found++;
                }
                JsonNode chain = server.admin().get("/api/admin/audit/verification").json();
                assertTrue(chain.path("intact").asBoolean(), "the audit chain after the kill: " + chain);
                report.add(String.format("round %d: %d writes acknowledged before SIGKILL (%d cut off in flight); "
                        + "after restart %d of %d acknowledged citizens found, audit chain intact (%d entries)",
                        round, thisRound.get(), inFlight.get(), found, acknowledged.size(),
                        chain.path("checked").asInt()));
            }
        }
        String text = String.join(System.lineSeparator(), report) + System.lineSeparator();
        System.out.print(text);
        Files.writeString(Path.of("target", "durability.txt"), text);
    }
}
