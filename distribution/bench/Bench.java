import java.io.IOException;
import java.net.ConnectException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Start-up and memory benchmark for a municipality's distribution against the baseline (Equinox + SCR + Felix HTTP
 * Jetty + one hello servlet), both started the same way: {@code java [options] -jar <jar>} from a folder of their own.
 *
 * <ul>
 * <li>cold start: a fresh home (no data) until the first plan is served over HTTP — the time includes creating a
 * citizen and a plan through the API, since a fresh store has none to serve;</li>
 * <li>warm start: the same home again, until that plan is served;</li>
 * <li>baseline start: until GET /hello answers 200;</li>
 * <li>RSS 5 s after it became ready; and in the first run, RSS idle: {@code --idle-seconds} (40) after the cold start
 * became ready, with no requests meanwhile (the shipped options let the JVM return unused heap 15-30 s after the
 * last collection);</li>
 * <li>RSS after {@code --requests} (10,000) requests: after the warm start's idle reading, GET of the plan that
 * many times (4 keep-alive connections; h2load when it is on the PATH, else Java's HTTP client), then RSS again; the
 * baseline serves the same plan's bytes as a static file ({@code static/plan.json}, see the baseline's
 * StaticFilesContext) and gets as many GETs of it.</li>
 * </ul>
 * Run it with {@code distribution/bench/run} (builds first, then measures with the JVM's defaults — plain
 * {@code java -jar} — and with the options the distribution's start script uses, etc/jvm.options), or
 * {@code java distribution/bench/Bench.java --runs 5 [--distribution randers | --distributions randers,aarhus,…]
 * [--requests 10000] [--idle-seconds 40] [--java-options "..." | --java-options-file distribution/src/etc/jvm.options]
 * [--summary file.tsv]}. Prints a table; with {@code --summary}, also appends its rows (stage, figure, result,
 * target, pass; tab-separated) for distribution/bench/run-all. Uses loopback only.
 */
public class Bench {

    /** The caseworker's session (cookie, CSRF token), made on the first start of the distribution's home. */
    private static String[] session;


    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");

    record Sample(double startMillis, long rssKb, long rssIdleKb, long rssAfterKb) {
    }

    /** The bytes of the last plan a distribution served: what the baseline serves as its static file. */
    private static byte[] planBytes;
    private static int requests = 10_000;
    /**
     * How long the first run's cold start is left without requests before its idle RSS is read: longer than the
     * shipped options (etc/jvm.options, G1PeriodicGCInterval 15 s) take to let an idle JVM return the heap it no
     * longer uses: G1 checks once an interval, so 15-30 s after the last collection.
     */
    private static int idleSeconds = 40;

    public static void main(String[] args) throws Exception {
        int runs = 5;
        List<String> distributions = List.of("randers");
        List<String> javaOptions = List.of();
        Path summary = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--distribution", "--distributions" -> distributions = List.of(args[++i].split(","));
                case "--requests" -> requests = Integer.parseInt(args[++i]);
                case "--idle-seconds" -> idleSeconds = Integer.parseInt(args[++i]);
                case "--summary" -> summary = Path.of(args[++i]).toAbsolutePath();
                case "--java-options" -> javaOptions = args[++i].isBlank() ? List.of()
                        : Arrays.asList(args[i].trim().split("\\s+"));
                case "--java-options-file" -> javaOptions = Files.readAllLines(Path.of(args[++i])).stream()
                        .map(line -> line.replaceAll("#.*", "").trim()).filter(line -> !line.isEmpty()).toList();
                default -> throw new IllegalArgumentException("Unknown argument " + args[i]);
            }
        }
        Path root = Path.of("").toAbsolutePath();
        Path baselineJar = root.resolve("distribution/baseline/target/baseline.jar");
        List<Path> required = new ArrayList<>(List.of(baselineJar));
        for (String distribution : distributions) {
            required.add(jar(root, distribution));
            required.add(root.resolve("distribution/" + distribution + "/target/etc"));
        }
        for (Path path : required) {
            if (!Files.exists(path)) {
                throw new IllegalStateException(path + " is missing: build first (./mvnw -q package -DskipTests)");
            }
        }
        Path work = Files.createTempDirectory("borgerplan-bench-");
        System.out.printf(Locale.ROOT, "Benchmark: %s vs baseline, %d runs each, RSS also after %d requests, JVM"
                + " options %s, %d cores, %s%n", String.join(", ", distributions), runs, requests,
                javaOptions.isEmpty() ? "(defaults)" : String.join(" ", javaOptions),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.version"));

        Map<String, List<Sample>> cold = new LinkedHashMap<>();
        Map<String, List<Sample>> warm = new LinkedHashMap<>();
        List<Sample> baseline = new ArrayList<>();
        Map<String, String> failed = new LinkedHashMap<>();
        for (int run = 1; run <= runs; run++) {
            // Alternate the order so that neither side always runs on a warmer machine (the baseline needs a plan's
            // bytes, so it comes last in the first run).
            if (run % 2 == 0) {
                baseline.add(baseline(work.resolve("baseline-" + run), baselineJar, javaOptions, false));
            }
            for (String distribution : distributions) {
                if (failed.containsKey(distribution)) {
                    continue;
                }
                Path jar = jar(root, distribution);
                Path home = work.resolve(distribution + "-" + run);
                Files.createDirectories(home);
                Files.copy(jar, home.resolve(jar.getFileName()));
                copyFolder(root.resolve("distribution/" + distribution + "/target/etc"), home.resolve("etc"));
                String[] planId = new String[1];
                session = null;
                Sample coldStart;
                Sample warmStart;
                try {
                    coldStart = distribution(home, jar.getFileName().toString(), javaOptions, planId, false,
                            run == 1);
                    // The requests take longer than the starts: only after the first run's warm start.
                    warmStart = distribution(home, jar.getFileName().toString(), javaOptions, planId, run == 1,
                            false);
                } catch (Exception e) {
                    // One distribution that does not start must not hide the others' figures.
                    failed.put(distribution, e.getMessage() + " (run " + run + "; console log in " + home + ")");
                    System.out.println("  run " + run + ", " + distribution + ": FAILED: " + failed.get(distribution));
                    continue;
                }
                cold.computeIfAbsent(distribution, d -> new ArrayList<>()).add(coldStart);
                warm.computeIfAbsent(distribution, d -> new ArrayList<>()).add(warmStart);
                System.out.printf(Locale.ROOT, "  run %d, %s: cold %.0f ms, warm %.0f ms; RSS 5 s after start %d /"
                        + " %d MB%s%n", run, distribution, coldStart.startMillis(), warmStart.startMillis(),
                        coldStart.rssKb() / 1024, warmStart.rssKb() / 1024, run == 1 ? ", idle " + idleSeconds
                                + " s after the cold start " + coldStart.rssIdleKb() / 1024 + " MB, after " + requests
                                + " requests " + warmStart.rssAfterKb() / 1024 + " MB" : "");
            }
            if (run % 2 == 1) {
                baseline.add(baseline(work.resolve("baseline-" + run), baselineJar, javaOptions, run == 1));
            }
            Sample last = baseline.get(baseline.size() - 1);
            System.out.printf(Locale.ROOT, "  run %d, baseline: %.0f ms; RSS 5 s after start %d MB%s%n", run,
                    last.startMillis(), last.rssKb() / 1024, run == 1 ? ", idle " + idleSeconds + " s after start "
                            + last.rssIdleKb() / 1024 + " MB, after " + requests + " requests "
                            + last.rssAfterKb() / 1024 + " MB" : "");
        }
        double baselineStart = median(baseline.stream().map(Sample::startMillis).toList());
        double baselineRss = median(baseline.stream().map(s -> s.rssKb() / 1024.0).toList());
        // The first run's: the only one with the requests.
        double baselineRssAfter = baseline.stream().filter(s -> s.rssAfterKb() > 0).findFirst().orElseThrow()
                .rssAfterKb() / 1024.0;
        double baselineRssIdle = baseline.stream().filter(s -> s.rssIdleKb() > 0).findFirst().orElseThrow()
                .rssIdleKb() / 1024.0;
        List<String[]> rows = new ArrayList<>();
        String of = runs == 1 ? "" : " (median of " + runs + ")";
        for (String distribution : distributions) {
            if (failed.containsKey(distribution)) {
                rows.add(new String[] { "1 start-up", distribution + ": start-up and memory", "did not start or"
                        + " serve its plan: " + failed.get(distribution), "≤ 2 s, ≤ 200 MB", "FAIL" });
                continue;
            }
            List<Sample> c = cold.get(distribution);
            List<Sample> w = warm.get(distribution);
            double coldMedian = median(c.stream().map(Sample::startMillis).toList());
            double warmMedian = median(w.stream().map(Sample::startMillis).toList());
            double rss = median(c.stream().map(s -> s.rssKb() / 1024.0).toList());
            double rssAfter = w.get(0).rssAfterKb() / 1024.0;
            double rssIdle = c.get(0).rssIdleKb() / 1024.0;
            rows.add(new String[] { "1 start-up", distribution + ": cold start to first plan served" + of,
                    String.format(Locale.ROOT, "%.0f ms (%.0f–%.0f; %.2f× baseline)", coldMedian, min(c), max(c),
                            coldMedian / baselineStart), "≤ 2 s", coldMedian <= 2000 ? "pass" : "FAIL" });
            rows.add(new String[] { "1 start-up", distribution + ": warm start to plan served" + of,
                    String.format(Locale.ROOT, "%.0f ms (%.0f–%.0f; %.2f× baseline)", warmMedian, min(w), max(w),
                            warmMedian / baselineStart), "≤ 2 s", warmMedian <= 2000 ? "pass" : "FAIL" });
            rows.add(new String[] { "1 memory", distribution + ": RSS idle, " + idleSeconds + " s after a cold start"
                    + " without requests (run 1)", String.format(Locale.ROOT, "%.0f MB (%.2f× baseline)", rssIdle,
                            rssIdle / baselineRssIdle), "≤ 200 MB", rssIdle <= 200 ? "pass" : "FAIL" });
            rows.add(new String[] { "1 memory", distribution + ": RSS 5 s after a cold start" + of,
                    String.format(Locale.ROOT, "%.0f MB (%.2f× baseline)", rss, rss / baselineRss), "", "" });
            rows.add(new String[] { "1 memory", distribution + ": RSS after " + requests + " GET plan (run 1)",
                    String.format(Locale.ROOT, "%.0f MB (%.2f× baseline)", rssAfter, rssAfter / baselineRssAfter),
                    "", "" });
        }
        rows.add(new String[] { "1 start-up", "baseline (hello servlet): start to GET /hello" + of,
                String.format(Locale.ROOT, "%.0f ms (%.0f–%.0f)", baselineStart, min(baseline), max(baseline)), "",
                "" });
        rows.add(new String[] { "1 memory", "baseline: RSS 5 s after start" + of + " / idle " + idleSeconds
                + " s after start (run 1) / after " + requests + " static GETs of the plan (run 1)", String.format(
                        Locale.ROOT, "%.0f / %.0f / %.0f MB", baselineRss, baselineRssIdle, baselineRssAfter), "",
                "" });
        System.out.println();
        System.out.println("| stage | figure | result | target | pass |");
        System.out.println("| --- | --- | --- | --- | --- |");
        for (String[] row : rows) {
            System.out.println("| " + String.join(" | ", row) + " |");
        }
        if (summary != null) {
            Files.write(summary, rows.stream().map(r -> String.join("\t", r)).toList(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
        if (failed.isEmpty()) {
            deleteTree(work);
        } else {
            System.out.println("\nKept " + work + " for the console logs of what failed");
            System.exit(1);
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static Path jar(Path root, String distribution) {
        return root.resolve("distribution/" + distribution + "/target/borgerplan-" + distribution + ".jar");
    }

    /** Starts the distribution; on a fresh home creates a citizen and a plan; returns when the plan is served. */
    private static Sample distribution(Path home, String jarName, List<String> javaOptions, String[] planId,
            boolean loadAfter, boolean idleReading) throws Exception {
        int port = freePort();
        long started = System.nanoTime();
        long notTimed = 0;
        Process process = start(home, jarName, javaOptions, port);
        try {
            String base = "http://127.0.0.1:" + port;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            if (planId[0] == null) {
                untilStatus(200, "GET", base + "/api/health", null, deadline, process);
                // Making the accounts (three Argon2id hashes) is IT's one-off work, not part of starting: not timed.
                long accounts = System.nanoTime();
                session = firstStartSession(base, home.resolve("console-" + port + ".log"));
                notTimed = System.nanoTime() - accounts;
                String citizen = untilStatus(201, "POST", base + "/api/citizens", "{\"name\":\"Benchmark Testborger\"}",
                        deadline, process);
                String citizenId = id(citizen);
                String plan = untilStatus(201, "POST", base + "/api/citizens/" + citizenId + "/plans",
                        "{\"purpose\":\"Jeg vil bo i egen lejlighed\",\"goals\":[{\"text\":\"Jeg laver selv mad\","
                                + "\"currentScore\":{\"value\":3},\"expectedScore\":{\"value\":2}}]}",
                        deadline, process);
                planId[0] = id(plan);
            }
            planBytes = untilStatus(200, "GET", base + "/api/plans/" + planId[0], null, deadline, process)
                    .getBytes(StandardCharsets.UTF_8);
            double millis = (System.nanoTime() - started - notTimed) / 1e6;
            Thread.sleep(5_000);
            long early = rssKb(process);
            long idle = idleReading ? idleRss(process) : 0;
            if (!loadAfter) {
                return new Sample(millis, early, idle, 0);
            }
            load(base, "/api/plans/" + planId[0], session);
            return new Sample(millis, early, idle, rssKb(process));
        } finally {
            stop(process);
        }
    }

    private static Sample baseline(Path home, Path jar, List<String> javaOptions, boolean loadAfter)
            throws Exception {
        Files.createDirectories(home.resolve("static"));
        Files.copy(jar, home.resolve(jar.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        Files.write(home.resolve("static/plan.json"), planBytes == null ? new byte[0] : planBytes);
        int port = freePort();
        long started = System.nanoTime();
        Process process = start(home, jar.getFileName().toString(), javaOptions, port);
        try {
            untilStatus(200, "GET", "http://127.0.0.1:" + port + "/hello", null,
                    System.nanoTime() + TimeUnit.SECONDS.toNanos(60), process);
            double millis = (System.nanoTime() - started) / 1e6;
            Thread.sleep(5_000);
            long early = rssKb(process);
            long idle = loadAfter ? idleRss(process) : 0;
            if (!loadAfter) {
                return new Sample(millis, early, idle, 0);
            }
            load("http://127.0.0.1:" + port, "/static/plan.json", null);
            return new Sample(millis, early, idle, rssKb(process));
        } finally {
            stop(process);
        }
    }

    /**
     * {@link #requests} GETs of one path on 4 keep-alive connections: with h2load (Debian's nghttp2-client) when it
     * is on the PATH, else with Java's HTTP client on 4 threads. Fails if any answer is not 200.
     */
    private static void load(String base, String path, String[] as) throws Exception {
        if (new ProcessBuilder("sh", "-c", "command -v h2load").start().waitFor() == 0) {
            List<String> command = new ArrayList<>(List.of("h2load", "--h1", "-c", "4", "-n",
                    String.valueOf(requests), base + path));
            if (as != null) {
                command.addAll(List.of("-H", "Cookie: " + as[0]));
            }
            Process h2load = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(h2load.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (h2load.waitFor() != 0 || !out.contains(requests + " succeeded")) {
                throw new IllegalStateException("Not every GET " + path + " succeeded: " + out);
            }
            return;
        }
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        java.util.concurrent.atomic.AtomicInteger left = new java.util.concurrent.atomic.AtomicInteger(requests);
        java.util.concurrent.atomic.AtomicReference<Exception> failure = new java.util.concurrent.atomic
                .AtomicReference<>();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            Thread thread = new Thread(() -> {
                try {
                    while (left.getAndDecrement() > 0 && failure.get() == null) {
                        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
                        if (as != null) {
                            request.header("Cookie", as[0]);
                        }
                        int status = client.send(request.build(), HttpResponse.BodyHandlers.discarding())
                                .statusCode();
                        if (status != 200) {
                            throw new IllegalStateException("GET " + path + " answered " + status);
                        }
                    }
                } catch (Exception e) {
                    failure.compareAndSet(null, e);
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        if (failure.get() != null) {
            throw failure.get();
        }
    }

    private static Process start(Path home, String jarName, List<String> javaOptions, int port) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(javaOptions);
        command.add("-Dorg.osgi.service.http.port=" + port);
        command.add("-jar");
        command.add(jarName);
        return new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true)
                .redirectOutput(home.resolve("console-" + port + ".log").toFile()).start();
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor();
        }
    }

    /** Repeats a request every 10 ms until it answers {@code status}; returns the body. */
    private static String untilStatus(int status, String method, String url, String body, long deadline,
            Process process) throws Exception {
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The process ended with " + process.exitValue());
            }
            try {
                HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
                connection.setRequestMethod(method);
                connection.setConnectTimeout(1000);
                if (session != null && !url.endsWith("/api/health")) {
                    // The session lives in the database: a warm start finds the caseworker still logged in.
                    connection.setRequestProperty("Cookie", session[0]);
                    connection.setRequestProperty("X-CSRF-Token", session[1]);
                }
                if (body != null) {
                    connection.setDoOutput(true);
                    connection.setRequestProperty("Content-Type", "application/json");
                    connection.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
                }
                int answer = connection.getResponseCode();
                var in = answer >= 400 ? connection.getErrorStream() : connection.getInputStream();
                String text = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
                if (answer == status) {
                    return text;
                }
            } catch (ConnectException notListeningYet) {
                // Jetty is not up yet.
            } catch (IOException transientFailure) {
                // Connection reset while starting.
            }
            Thread.sleep(10);
        }
        throw new IllegalStateException(method + " " + url + " did not answer " + status + " in time");
    }

    /**
     * What IT does on a distribution's first start: reads the administrator's one-time password from the console,
     * logs in and chooses a password, makes a caseworker's account, and logs the caseworker in (choosing a password
     * too). Returns the caseworker's session: its cookie and its CSRF token.
     */
    static String[] firstStartSession(String base, Path console) throws Exception {
        Matcher printed = Pattern.compile("engangsadgangskoden\\s+(\\S+)").matcher(Files.readString(console));
        if (!printed.find()) {
            throw new IllegalStateException("No one-time password on the console " + console);
        }
        HttpClient client = HttpClient.newHttpClient();
        String[] admin = logIn(client, base, "admin", printed.group(1));
        call(client, base, admin, "PUT", "/api/session/password", "{\"currentPassword\":\"" + printed.group(1)
                + "\",\"newPassword\":\"benchmark-administrator\"}", 200);
        String created = call(client, base, admin, "POST", "/api/admin/accounts", "{\"username\":\"benchmark\","
                + "\"displayName\":\"Benchmark Sagsbehandler\",\"role\":\"CASEWORKER\"}", 201);
        Matcher oneTime = Pattern.compile("\"oneTimePassword\":\"([^\"]+)\"").matcher(created);
        if (!oneTime.find()) {
            throw new IllegalStateException("No one-time password for the caseworker");
        }
        String[] caseworker = logIn(client, base, "benchmark", oneTime.group(1));
        call(client, base, caseworker, "PUT", "/api/session/password", "{\"currentPassword\":\"" + oneTime.group(1)
                + "\",\"newPassword\":\"benchmark-sagsbehandler\"}", 200);
        return caseworker;
    }

    private static boolean sleep(long millis) throws InterruptedException {
        Thread.sleep(millis);
        return true;
    }

    private static String[] logIn(HttpClient client, String base, String username, String password) throws Exception {
        HttpResponse<String> answer;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        do {
            // Health may answer before every servlet is registered (seen on a loaded machine): 404 until then.
            answer = client.send(HttpRequest.newBuilder(URI.create(base + "/api/session"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                            "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
        } while (answer.statusCode() == 404 && System.nanoTime() < deadline && sleep(50));
        Matcher csrf = Pattern.compile("\"csrfToken\":\"([^\"]+)\"").matcher(answer.body());
        if (answer.statusCode() != 200 || !csrf.find()) {
            throw new IllegalStateException("Login of " + username + " answered " + answer.statusCode());
        }
        return new String[] { answer.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0], csrf.group(1) };
    }

    private static String call(HttpClient client, String base, String[] session, String method, String path,
            String json, int status) throws Exception {
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json").header("Cookie", session[0])
                .header("X-CSRF-Token", session[1]).method(method, HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != status) {
            throw new IllegalStateException(method + " " + path + " answered " + answer.statusCode());
        }
        return answer.body();
    }

    private static String id(String json) {
        Matcher matcher = ID.matcher(json);
        if (!matcher.find()) {
            throw new IllegalStateException("No id in " + json);
        }
        return matcher.group(1);
    }

    /** Resident set size of the process (Linux). */
    /** RSS once the process has been left alone for idleSeconds since it became ready (5 s of them already passed). */
    private static long idleRss(Process process) throws Exception {
        Thread.sleep(Math.max(0, idleSeconds - 5) * 1000L);
        return rssKb(process);
    }

    private static long rssKb(Process process) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D+", ""));
            }
        }
        throw new IllegalStateException("No VmRSS for " + process.pid());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void copyFolder(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (var files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static double min(List<Sample> samples) {
        return samples.stream().mapToDouble(Sample::startMillis).min().orElse(0);
    }

    private static double max(List<Sample> samples) {
        return samples.stream().mapToDouble(Sample::startMillis).max().orElse(0);
    }
}
