package dk.borgerplan.distribution.randers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution started the way a user starts it: the unzipped folder's {@code ./borgerplan} script, a real JVM
 * process. It announces where it answers and where its data is, serves a plan, stops cleanly on SIGTERM (what
 * Ctrl-C and service managers send), and finds the plan again after a restart.
 */
class LaunchIT {

    @TempDir
    Path installation;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void startedByItsScriptItServesAPlanStopsCleanlyAndKeepsItsData() throws Exception {
        Path target = Path.of(System.getProperty("borgerplan.distribution.jar")).getParent();
        for (String file : List.of("borgerplan", "borgerplan-randers.jar")) {
            Files.copy(target.resolve(file), installation.resolve(file), StandardCopyOption.COPY_ATTRIBUTES);
        }
        Files.createDirectories(installation.resolve("etc"));
        try (var files = Files.list(target.resolve("etc"))) {
            for (Path file : files.toList()) {
                Files.copy(file, installation.resolve("etc").resolve(file.getFileName()));
            }
        }
        int port = freePort();

        Process first = start(port, "first.log");
        String base = "http://127.0.0.1:" + port;
        until(first, 200, "GET", base + "/api/health", null);
        // The first start printed the administrator's one-time password; the administrator makes the caseworker.
        RunningDistribution.Passwords passwords = RunningDistribution.setUpAccounts(base,
                installation.resolve("first.log"));
        Api api = new Api(base);
        api.logIn(RunningDistribution.CASEWORKER, passwords.caseworker());
        String citizen = api.post("/api/citizens", "{\"name\": \"Testborger Start\"}", null, 201).json().path("id")
                .asText();
        String plan = api.post("/api/citizens/" + citizen + "/plans", "{\"purpose\": \"Formål\", \"goals\": "
                + "[{\"text\": \"Jeg går en tur\", \"currentScore\": {\"value\": 2}, \"expectedScore\": {\"value\": 1}}]}",
                null, 201).json().path("id").asText();
        // The municipality's monitoring reads /metrics (Prometheus text format) from this machine: requests by
        // endpoint with ids as {id}, the store's pool, JVM memory and threads — no name, no id of anyone.
        api.get("/api/plans/" + plan);
        String metrics = until(first, 200, "GET", base + "/metrics", null);
        assertTrue(metrics.contains("http_server_requests_seconds_count{method=\"GET\",status=\"200\","
                + "uri=\"/api/plans/{id}\"} 1"), metrics);
        assertTrue(metrics.contains("uri=\"/api/citizens\""), metrics);
        assertTrue(java.util.regex.Pattern.compile("(?m)^borgerplan_store_connections_open [1-9]").matcher(metrics)
                .find(), metrics);
        assertTrue(metrics.contains("jvm_memory_used_bytes{"), metrics);
        assertTrue(metrics.contains("jvm_threads_live_threads "), metrics);
        assertFalse(metrics.contains(plan) || metrics.contains(citizen) || metrics.contains("Testborger"), metrics);
        // A JVM stopped by SIGTERM exits with 143 (128 + 15) after its shutdown hooks; the log shows the clean stop.
        assertEquals(143, stop(first));
        String log = Files.readString(installation.resolve("first.log"));
        assertTrue(log.contains("Borgerplan answers on http://localhost:" + port + "/"), log);
        assertTrue(log.contains("Store ready: embedded Derby database at " + installation.resolve("data")), log);
        assertTrue(log.contains("Store closed"), log);
        assertTrue(log.contains("Borgerplan stopped"), log);
        assertFalse(log.contains("Testborger"), "no personal data in the log");
        assertTrue(Files.isDirectory(installation.resolve("data/borgerplan-db")));

        Process second = start(port, "second.log");
        until(second, 200, "GET", base + "/api/health", null);
        // The session lives in the database: the caseworker is still logged in after the restart.
        assertEquals("Formål", api.get("/api/plans/" + plan).json().path("purpose").asText());
        assertFalse(Files.readString(installation.resolve("second.log")).contains("engangsadgangskode"),
                "the one-time password is printed on the first start only");
        assertEquals(143, stop(second));
    }

    private Process start(int port, String log) throws IOException {
        ProcessBuilder builder = new ProcessBuilder("./borgerplan").directory(installation.toFile())
                .redirectErrorStream(true).redirectOutput(installation.resolve(log).toFile());
        builder.environment().put("JAVA_OPTS", "-Dorg.osgi.service.http.port=" + port);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        return builder.start();
    }

    /** SIGTERM, as a service manager or Ctrl-C would stop it; returns the exit code. */
    private static int stop(Process process) throws InterruptedException {
        process.destroy();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "stopped within 30 s");
        return process.exitValue();
    }

    private String until(Process process, int status, String method, String url, String body) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            assertTrue(process.isAlive(), "the distribution ended early");
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10));
            request = body == null ? request.GET()
                    : request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
            try {
                HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == status) {
                    return response.body();
                }
                last = response.statusCode() + " " + response.body();
            } catch (IOException notYet) {
                last = notYet.toString();
            }
            Thread.sleep(50);
        }
        throw new AssertionError(method + " " + url + " never answered " + status + ": " + last);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
