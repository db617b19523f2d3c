import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
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
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The API under load from maintained load generators, against Jetty serving the same bytes as a static resource, in
 * the same run (issue #9's benchmark suite, stages 2 and 5). Load: Debian's {@code wrk} (closed loop: a fixed number
 * of connections, each sending its next request when the answer came) and {@code h2load} from Debian's
 * nghttp2-client (a fixed request rate, {@code --rps}, each request's latency in its {@code --log-file}).
 *
 * <ol>
 * <li>The distribution's jar in a fresh home on a free loopback port, started with the given JVM options; the first
 * start's accounts made as IT makes them (administrator's one-time password from the console, a caseworker);
 * P plans as a plan meeting writes them (PlanStoreBench's plan: three SMART goals, fields, notes, parking lot), one
 * citizen each.</li>
 * <li>GET plan, closed loop: wrk, C connections, going round the P plans; after a warm-up of the same kind.</li>
 * <li>PUT plan, closed loop: wrk with wrk-bench.lua, which keeps each plan's version: a PUT sends If-Match with the
 * version the plan's previous answer gave (ETag) and a body that changes the plan (one of ten variants, as
 * PlanStoreBench's saves); each connection's plans are disjoint in time, so no PUT conflicts with another.</li>
 * <li>Fixed rate: h2load at {@code --rate-fraction} (½) of the closed loop's throughput, GET round the plans with C
 * clients; PUT in rounds: before a round every plan is brought to the same version v, and one h2load client PUTs
 * each plan once with If-Match "v" (h2load sends the same headers with every request), then the next round with
 * v + 1. Latency percentiles from the per-request log.</li>
 * <li>Exports: GET /api/plans/{id}/export/pdf and …/png (A4, closed loop, 2 connections, round the plans).</li>
 * <li>Icon-pack swap under load: wrk round GET /api/icons/{concept}, GET /api/icons and GET plan, first without a
 * swap, then while the administrator uploads S new versions of an icon pack (POST /api/admin/icon-packs, the raw
 * jar; it answers once the new content is served); errors (non-2xx answers, socket errors) and latency during the
 * swaps, and how long each upload took until its picture was served.</li>
 * <li>The baseline (distribution/baseline: Equinox, SCR, Felix HTTP Jetty) with the plan's exact GET answer as
 * {@code static/plan.json}, served by the whiteboard's resource support: the same wrk closed loop, and h2load at the
 * API's GET and PUT rates.</li>
 * </ol>
 * Run from the repository root after a build: {@code java distribution/bench/LoadBench.java [--duration 10]
 * [--warmup 5] [--connections 8] [--plans 64] [--swaps 10] [--rate-fraction 0.5] [--distribution randers]
 * [--java-options-file distribution/src/etc/jvm.options] [--summary file.tsv] [--keep]}. Needs wrk and h2load on
 * the PATH ({@code apt-get install wrk nghttp2-client}; distribution/bench/run-all installs them). Loopback only;
 * the plans are invented.
 */
public class LoadBench {

    static final int VARIANTS = 10;
    static final String ICON_CONCEPT = "theme.egenomsorg";
    static final String ICON_PACK = "dk.bench.icons.swap";

    static int duration = 10;
    static int warmup = 5;
    static int connections = 8;
    static int plans = 64;
    static int swaps = 10;
    static double rateFraction = 0.5;
    static Path lua;
    static Path work;
    static Path summary;
    static final List<String[]> rows = new ArrayList<>();

    /** One load generator's run: what was sent, what failed, and the latency percentiles. */
    record Load(String what, long requests, double seconds, long errors, double p50Millis, double p99Millis,
            double offeredPerSecond) {

        double perSecond() {
            return requests / seconds;
        }
    }

    public static void main(String[] args) throws Exception {
        String distribution = "randers";
        boolean keep = false;
        List<String> javaOptions = List.of();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--duration" -> duration = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--connections" -> connections = Integer.parseInt(args[++i]);
                case "--plans" -> plans = Integer.parseInt(args[++i]);
                case "--swaps" -> swaps = Integer.parseInt(args[++i]);
                case "--rate-fraction" -> rateFraction = Double.parseDouble(args[++i]);
                case "--distribution" -> distribution = args[++i];
                case "--summary" -> summary = Path.of(args[++i]).toAbsolutePath();
                case "--keep" -> keep = true;
                case "--java-options" -> javaOptions = args[++i].isBlank() ? List.of()
                        : Arrays.asList(args[i].trim().split("\\s+"));
                case "--java-options-file" -> javaOptions = Files.readAllLines(Path.of(args[++i])).stream()
                        .map(line -> line.replaceAll("#.*", "").trim()).filter(line -> !line.isEmpty()).toList();
                default -> throw new IllegalArgumentException("Unknown argument " + args[i]);
            }
        }
        if (plans < connections) {
            throw new IllegalArgumentException("--plans must be at least --connections (see wrk-bench.lua)");
        }
        for (String tool : List.of("wrk", "h2load")) {
            if (new ProcessBuilder("sh", "-c", "command -v " + tool).start().waitFor() != 0) {
                throw new IllegalStateException(tool + " is missing: apt-get install wrk nghttp2-client"
                        + " (distribution/bench/run-all does)");
            }
        }
        Path root = Path.of("").toAbsolutePath();
        Path jar = root.resolve("distribution/" + distribution + "/target/borgerplan-" + distribution + ".jar");
        Path etc = root.resolve("distribution/" + distribution + "/target/etc");
        Path baselineJar = root.resolve("distribution/baseline/target/baseline.jar");
        lua = root.resolve("distribution/bench/wrk-bench.lua");
        for (Path required : List.of(jar, etc, baselineJar, lua)) {
            if (!Files.exists(required)) {
                throw new IllegalStateException(required + " is missing: run from the repository root after a build"
                        + " (./mvnw -q package -DskipTests)");
            }
        }
        work = Files.createTempDirectory("borgerplan-load-bench-");
        System.out.printf(Locale.ROOT, "Load benchmark: %s vs static Jetty, %d s per measurement after %d s warm-up,"
                + " %d connections, %d plans, JVM options %s, %d cores, %s%n", distribution, duration, warmup,
                connections, plans, javaOptions.isEmpty() ? "(defaults)" : String.join(" ", javaOptions),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.version"));
        long started = System.nanoTime();

        Path home = work.resolve(distribution);
        Files.createDirectories(home);
        Files.copy(jar, home.resolve(jar.getFileName()));
        copyFolder(etc, home.resolve("etc"));
        Server api = new Server(home, jar.getFileName().toString(), javaOptions);
        Load getClosed;
        Load putClosed;
        Load getRate;
        Load putRate;
        byte[] planBytes;
        Map<String, Load> exports = new HashMap<>();
        Load iconsQuiet;
        Load iconsSwapping;
        List<Double> swapMillis;
        try {
            api.start("/api/health");
            String[][] sessions = firstStartSessions(api.base, api.console);
            String[] admin = sessions[0];
            api.session = sessions[1];
            String[] variants = planVariants(api);
            for (int v = 0; v < VARIANTS; v++) {
                Files.writeString(work.resolve("body-" + v + ".json"), variants[v], StandardCharsets.UTF_8);
            }
            List<String> planPaths = createPlans(api, variants);
            HttpResponse<byte[]> one = api.bytes("GET", planPaths.get(0), null, null, null);
            planBytes = one.body();
            System.out.printf(Locale.ROOT, "  API: %d plans; GET plan answers %d bytes%n", planPaths.size(),
                    planBytes.length);
            List<String> auth = List.of("Cookie: " + api.session[0], "X-CSRF-Token: " + api.session[1]);

            Path getPaths = Files.write(work.resolve("get-paths.txt"), planPaths);
            wrk("API GET plan (warm-up)", api.base, auth, connections, warmup, "get", getPaths.toString());
            getClosed = wrk("API GET plan", api.base, auth, connections, duration, "get", getPaths.toString());

            wrk("API PUT plan (warm-up)", api.base, auth, connections, warmup, "put",
                    writePlansFile(api, planPaths).toString(), work.resolve("body-").toString(),
                    "1");
            putClosed = wrk("API PUT plan", api.base, auth, connections, duration, "put",
                    writePlansFile(api, planPaths).toString(), work.resolve("body-").toString(), "1");

            double getRateTarget = Math.max(1, Math.round(getClosed.perSecond() * rateFraction));
            getRate = h2loadGet("API GET plan at fixed rate", api.base, auth, planPaths, getRateTarget);
            double putRateTarget = Math.max(1, Math.round(putClosed.perSecond() * rateFraction));
            putRate = h2loadPut(api, auth, planPaths, putRateTarget);

            for (String format : List.of("pdf", "png")) {
                Path exportPaths = Files.write(work.resolve("export-" + format + ".txt"), planPaths.stream()
                        .limit(8).map(p -> p + "/export/" + format + "?paper=A4").toList());
                wrk("API GET plan as " + format.toUpperCase(Locale.ROOT) + " (warm-up)", api.base, auth, 2, warmup,
                        "get", exportPaths.toString());
                exports.put(format, wrk("API GET plan as " + format.toUpperCase(Locale.ROOT), api.base, auth, 2,
                        duration, "get", exportPaths.toString()));
            }

            // Icon packs: version 0 installed before the load, then swapped while it runs.
            expectStatus(201, api.bytes("POST", "/api/admin/icon-packs", packJar(0), "application/java-archive",
                    admin));
            Path iconPaths = Files.write(work.resolve("icon-paths.txt"), List.of("/api/icons/" + ICON_CONCEPT,
                    "/api/icons", planPaths.get(0)));
            iconsQuiet = wrk("icons + plan, no swap", api.base, auth, connections, duration, "get",
                    iconPaths.toString());
            swapMillis = new ArrayList<>();
            iconsSwapping = wrkWhile("icons + plan, " + swaps + " icon-pack swaps", api.base, auth, connections,
                    duration, iconPaths.toString(), () -> swapPacks(api, admin, swapMillis));
        } finally {
            api.stop();
        }

        Path baseHome = work.resolve("baseline");
        Files.createDirectories(baseHome.resolve("static"));
        Files.copy(baselineJar, baseHome.resolve(baselineJar.getFileName()));
        Files.write(baseHome.resolve("static/plan.json"), planBytes);
        Server baseline = new Server(baseHome, baselineJar.getFileName().toString(), javaOptions);
        Load staticClosed;
        Load staticAtGetRate;
        Load staticAtPutRate;
        try {
            baseline.start("/static/plan.json");
            byte[] served = baseline.bytes("GET", "/static/plan.json", null, null, null).body();
            if (!Arrays.equals(served, planBytes)) {
                throw new IllegalStateException("The baseline does not serve the plan's bytes");
            }
            Path staticPaths = Files.write(work.resolve("static-paths.txt"), List.of("/static/plan.json"));
            wrk("static GET (warm-up)", baseline.base, List.of(), connections, warmup, "get",
                    staticPaths.toString());
            staticClosed = wrk("static GET", baseline.base, List.of(), connections, duration, "get",
                    staticPaths.toString());
            staticAtGetRate = h2loadGet("static GET at the API GET's rate", baseline.base, List.of(),
                    List.of("/static/plan.json"), getRate.offeredPerSecond());
            staticAtPutRate = h2loadGet("static GET at the API PUT's rate", baseline.base, List.of(),
                    List.of("/static/plan.json"), putRate.offeredPerSecond());
        } finally {
            baseline.stop();
        }
        System.out.printf(Locale.ROOT, "  whole run %.0f s%n%n", (System.nanoTime() - started) / 1e9);

        String closed = "wrk, " + connections + " conn., " + duration + " s";
        ratioRow("API GET plan vs static (" + closed + ")", getClosed, staticClosed);
        ratioRow("API PUT plan vs static GET (" + closed + ")", putClosed, staticClosed);
        rateRow("API GET plan at fixed rate (h2load)", getRate);
        rateRow("static GET at the same rate (h2load)", staticAtGetRate);
        rateRow("API PUT plan at fixed rate (h2load)", putRate);
        rateRow("static GET at the same rate (h2load)", staticAtPutRate);
        Map<String, Integer> exportTargets = Map.of("pdf", 150, "png", 100);
        for (String format : List.of("pdf", "png")) {
            Load load = exports.get(format);
            int target = exportTargets.get(format);
            row("5 exports", "plan as " + format.toUpperCase(Locale.ROOT) + " A4 (wrk, 2 conn.)",
                    String.format(Locale.ROOT, "%.1f/s, p50 %.1f ms, p99 %.1f ms, %d errors", load.perSecond(),
                            load.p50Millis(), load.p99Millis(), load.errors()),
                    "p50 ≤ " + target + " ms (issue #8, warm)",
                    load.errors() == 0 && load.p50Millis() <= target ? "pass" : "FAIL");
        }
        row("5 icon swap", "load without swaps (icons, catalogue, plan; wrk)", String.format(Locale.ROOT,
                "%.0f/s, p50 %.2f ms, p99 %.2f ms, %d errors", iconsQuiet.perSecond(), iconsQuiet.p50Millis(),
                iconsQuiet.p99Millis(), iconsQuiet.errors()), "", "");
        List<Double> sortedSwaps = swapMillis.stream().sorted().toList();
        row("5 icon swap", "same load during " + swapMillis.size() + " pack uploads", String.format(Locale.ROOT,
                "%.0f/s, p50 %.2f ms, p99 %.2f ms (%.1f× quiet), %d errors", iconsSwapping.perSecond(),
                iconsSwapping.p50Millis(), iconsSwapping.p99Millis(),
                iconsSwapping.p99Millis() / iconsQuiet.p99Millis(), iconsSwapping.errors()),
                "0 errors", iconsSwapping.errors() == 0 && swapMillis.size() == swaps ? "pass" : "FAIL");
        row("5 icon swap", "upload answered (new pack served), median / max", sortedSwaps.isEmpty() ? "none"
                : String.format(Locale.ROOT, "%.0f / %.0f ms", median(sortedSwaps),
                        sortedSwaps.get(sortedSwaps.size() - 1)), "", "");

        System.out.println("| stage | figure | result | target | pass |");
        System.out.println("| --- | --- | --- | --- | --- |");
        for (String[] row : rows) {
            System.out.println("| " + String.join(" | ", row) + " |");
        }
        if (summary != null) {
            Files.write(summary, rows.stream().map(r -> String.join("\t", r)).toList(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
        if (keep) {
            System.out.println("\nKept " + work);
        } else {
            deleteTree(work);
        }
    }

    static void ratioRow(String figure, Load api, Load staticJetty) {
        double ratio = api.perSecond() / staticJetty.perSecond();
        row("2 API vs static", figure, String.format(Locale.ROOT,
                "%.0f vs %.0f req/s = %.2f×; p50 %.2f vs %.2f ms, p99 %.2f vs %.2f ms; errors %d / %d",
                api.perSecond(), staticJetty.perSecond(), ratio, api.p50Millis(), staticJetty.p50Millis(),
                api.p99Millis(), staticJetty.p99Millis(), api.errors(), staticJetty.errors()), "≥ 0.5× static",
                ratio >= 0.5 && api.errors() == 0 ? "pass" : "FAIL");
    }

    static void rateRow(String figure, Load load) {
        row("2 API vs static", figure, String.format(Locale.ROOT,
                "offered %.0f/s, done %.0f/s; p50 %.2f ms, p99 %.2f ms; errors %d", load.offeredPerSecond(),
                load.perSecond(), load.p50Millis(), load.p99Millis(), load.errors()), "", "");
    }

    static void row(String stage, String figure, String result, String target, String pass) {
        rows.add(new String[] { stage, figure, result, target, pass });
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Load generators

    /** wrk, closed loop: {@code connections} connections on one thread for {@code seconds}. */
    static Load wrk(String what, String base, List<String> headers, int connections, int seconds,
            String... scriptArgs) throws Exception {
        Process process = startWrk(base, headers, connections, seconds, scriptArgs);
        return wrkResult(what, process);
    }

    /** wrk in the background while {@code during} runs (it starts a second after wrk). */
    static Load wrkWhile(String what, String base, List<String> headers, int connections, int seconds,
            String paths, Callback during) throws Exception {
        Process process = startWrk(base, headers, connections, seconds, "get", paths);
        Thread.sleep(1000);
        during.run();
        return wrkResult(what, process);
    }

    interface Callback {
        void run() throws Exception;
    }

    static Process startWrk(String base, List<String> headers, int connections, int seconds, String... scriptArgs)
            throws IOException {
        List<String> command = new ArrayList<>(List.of("wrk", "-t1", "-c" + connections, "-d" + seconds + "s",
                "--timeout", "10s", "-s", lua.toString()));
        for (String header : headers) {
            command.add("-H");
            command.add(header);
        }
        command.add(base);
        command.add("--");
        command.addAll(List.of(scriptArgs));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    static Load wrkResult(String what, Process process) throws Exception {
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("wrk failed for " + what + ": " + out);
        }
        Matcher result = Pattern.compile("WRKRESULT (.*)").matcher(out);
        if (!result.find()) {
            throw new IllegalStateException("No result from wrk for " + what + ": " + out);
        }
        String[] f = result.group(1).trim().split(" ");
        long requests = Long.parseLong(f[0]);
        double seconds = Long.parseLong(f[1]) / 1e6;
        long errors = Long.parseLong(f[3]) + Long.parseLong(f[4]) + Long.parseLong(f[5]) + Long.parseLong(f[6])
                + Long.parseLong(f[7]);
        Load load = new Load(what, requests, seconds, errors, Double.parseDouble(f[8]) / 1000,
                Double.parseDouble(f[9]) / 1000, 0);
        System.out.printf(Locale.ROOT, "  %s: %.0f req/s, p50 %.2f ms, p99 %.2f ms, %d errors (wrk)%n", what,
                load.perSecond(), load.p50Millis(), load.p99Millis(), errors);
        return load;
    }

    /** h2load at a fixed rate: GET round the paths, one client per connection, for {@code duration} seconds. */
    static Load h2loadGet(String what, String base, List<String> headers, List<String> paths, double rate)
            throws Exception {
        int clients = (int) Math.max(1, Math.min(connections, rate));
        long count = Math.max(clients, Math.round(rate * duration));
        Path uris = Files.write(work.resolve("h2load-uris.txt"), paths.stream().map(p -> base + p).toList());
        Path log = work.resolve("h2load.log");
        Files.deleteIfExists(log);
        List<String> command = new ArrayList<>(List.of("h2load", "--h1", "-c", String.valueOf(clients),
                "--rps", String.format(Locale.ROOT, "%.3f", rate / clients), "-n", String.valueOf(count),
                "-i", uris.toString(), "--log-file", log.toString()));
        for (String header : headers) {
            command.add("-H");
            command.add(header);
        }
        double seconds = h2load(what, command);
        return fromLog(what, List.of(log), seconds, rate);
    }

    /**
     * h2load at a fixed rate, PUT: in rounds, each plan once per round with the same If-Match (all plans brought to
     * one version before the round), one client, until {@code duration} seconds' worth of requests are sent.
     */
    static Load h2loadPut(Server api, List<String> auth, List<String> planPaths, double rate) throws Exception {
        String what = "API PUT plan at fixed rate";
        long wanted = Math.max(planPaths.size(), Math.round(rate * duration));
        List<Path> logs = new ArrayList<>();
        Path uris = Files.write(work.resolve("h2load-put-uris.txt"),
                planPaths.stream().map(p -> api.base + p).toList());
        double seconds = 0;
        long sent = 0;
        for (int round = 0; sent < wanted; round++) {
            long version = alignVersions(api, planPaths);
            int count = (int) Math.min(planPaths.size(), wanted - sent);
            Path log = work.resolve("h2load-put-" + round + ".log");
            List<String> command = new ArrayList<>(List.of("h2load", "--h1", "-c", "1", "--rps",
                    String.format(Locale.ROOT, "%.3f", rate), "-n", String.valueOf(count), "-i", uris.toString(),
                    "--log-file", log.toString(), "-H", ":method: PUT", "-H", "Content-Type: application/json",
                    "-H", "If-Match: \"" + version + "\"", "-d",
                    work.resolve("body-" + (version + 1) % VARIANTS + ".json").toString()));
            for (String header : auth) {
                command.add("-H");
                command.add(header);
            }
            seconds += h2load(what + ", round " + (round + 1), command);
            logs.add(log);
            sent += count;
        }
        return fromLog(what, logs, seconds, rate);
    }

    /** Runs h2load; returns its "finished in" seconds. */
    static double h2load(String what, List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("h2load failed for " + what + ": " + out);
        }
        Matcher finished = Pattern.compile("finished in ([0-9.]+)(ms|s),").matcher(out);
        if (!finished.find()) {
            throw new IllegalStateException("No result from h2load for " + what + ": " + out);
        }
        return Double.parseDouble(finished.group(1)) / (finished.group(2).equals("ms") ? 1000 : 1);
    }

    /** Latency percentiles and errors from h2load's per-request logs (start µs, status, µs until the answer). */
    static Load fromLog(String what, List<Path> logs, double seconds, double rate) throws IOException {
        List<Long> micros = new ArrayList<>();
        long errors = 0;
        for (Path log : logs) {
            for (String line : Files.readAllLines(log)) {
                String[] f = line.split("\t");
                if (f.length < 3) {
                    continue;
                }
                int status = Integer.parseInt(f[1]);
                if (status < 200 || status >= 300) {
                    errors++;
                }
                micros.add(Long.parseLong(f[2]));
            }
        }
        long[] sorted = micros.stream().mapToLong(Long::longValue).sorted().toArray();
        if (sorted.length == 0) {
            throw new IllegalStateException("h2load logged no request for " + what);
        }
        Load load = new Load(what, sorted.length, seconds, errors, percentile(sorted, 50) / 1000.0,
                percentile(sorted, 99) / 1000.0, rate);
        System.out.printf(Locale.ROOT, "  %s: offered %.0f/s, done %.0f/s, p50 %.2f ms, p99 %.2f ms, %d errors"
                + " (h2load)%n", what, rate, load.perSecond(), load.p50Millis(), load.p99Millis(), errors);
        return load;
    }

    static long percentile(long[] sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Plans and versions

    /** "planId path version" a line, for wrk-bench.lua's put mode: the versions the plans have now. */
    static Path writePlansFile(Server api, List<String> planPaths) throws Exception {
        List<String> lines = new ArrayList<>();
        for (String path : planPaths) {
            lines.add(path.substring(path.lastIndexOf('/') + 1) + " " + path + " " + version(api, path));
        }
        return Files.write(work.resolve("plans.txt"), lines);
    }

    static long version(Server api, String path) throws Exception {
        return Long.parseLong(expectStatus(200, api.bytes("GET", path, null, null, null)).headers()
                .firstValue("ETag").orElseThrow().replace("\"", ""));
    }

    /** Brings every plan to the highest version among them by saving the ones behind; returns that version. */
    static long alignVersions(Server api, List<String> planPaths) throws Exception {
        long[] versions = new long[planPaths.size()];
        long highest = 0;
        for (int i = 0; i < versions.length; i++) {
            versions[i] = version(api, planPaths.get(i));
            highest = Math.max(highest, versions[i]);
        }
        for (int i = 0; i < versions.length; i++) {
            while (versions[i] < highest) {
                byte[] body = Files.readAllBytes(work.resolve("body-" + (versions[i] + 1) % VARIANTS + ".json"));
                HttpResponse<byte[]> saved = expectStatus(200, api.bytes("PUT", planPaths.get(i), body,
                        "application/json", api.session, "\"" + versions[i] + "\""));
                versions[i] = Long.parseLong(saved.headers().firstValue("ETag").orElseThrow().replace("\"", ""));
            }
        }
        return highest;
    }

    static List<String> createPlans(Server api, String[] variants) throws Exception {
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < plans; i++) {
            String citizen = new String(expectStatus(201, api.bytes("POST", "/api/citizens",
                    ("{\"name\":\"Belastning Testborger " + (i + 1) + "\"}").getBytes(StandardCharsets.UTF_8),
                    "application/json", api.session)).body(), StandardCharsets.UTF_8);
            Matcher id = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"").matcher(citizen);
            if (!id.find()) {
                throw new IllegalStateException("No citizen id in the answer");
            }
            paths.add(expectStatus(201, api.bytes("POST", "/api/citizens/" + id.group(1) + "/plans",
                    variants[0].getBytes(StandardCharsets.UTF_8), "application/json", api.session)).headers()
                    .firstValue("Location").orElseThrow());
        }
        return paths;
    }

    /** The plan's content in ten variants, with themes as GET /api/themes names them (as PlanStoreBench's). */
    static String[] planVariants(Server api) throws Exception {
        String themes = new String(expectStatus(200, api.bytes("GET", "/api/themes", null, null, null)).body(),
                StandardCharsets.UTF_8);
        Map<String, String> refs = new HashMap<>();
        for (String label : List.of("Praktiske opgaver", "Relationer", "Samfundsliv", "Egenomsorg")) {
            Matcher ref = Pattern.compile("\"ref\":(\\{[^}]*\\}),\"label\":\"" + Pattern.quote(label) + "\"")
                    .matcher(themes);
            if (!ref.find()) {
                throw new IllegalStateException("No theme labelled " + label + " in GET /api/themes");
            }
            refs.put(label, ref.group(1));
        }
        String[] variants = new String[VARIANTS];
        for (int variant = 0; variant < VARIANTS; variant++) {
            variants[variant] = planJson(refs, variant);
        }
        return variants;
    }

    /** The same plan as PlanStoreBench.planJson (kept equal by hand: each benchmark is one source file). */
    static String planJson(Map<String, String> themes, int variant) {
        return """
                {"purpose": "Jeg vil bo i min egen lejlighed og have en hverdag med faste rutiner",
                 "goals": [
                  {"text": "Jeg laver selv aftensmad to gange om ugen",
                   "smart": {"specific": "Lave aftensmad fra bunden", "measurable": "To gange om ugen",
                             "accepted": "Jeg vil selv gerne", "realistic": "Med støtte fra kontaktpersonen",
                             "timeBound": "Inden sommerferien"},
                   "delimitation": "Gælder hverdage", "primaryTheme": %s,
                   "icons": ["theme.praktiske-opgaver", "prep.wish-to-manage"], "type": "DEVELOP",
                   "currentScore": {"value": %d}, "expectedScore": {"value": 1}, "citizenScore": {"value": 2},
                   "disagreementNote": "Borgeren mener, det går bedre, end fagpersonen vurderer"},
                  {"text": "Jeg ser mine venner hver uge",
                   "smart": {"specific": "Mødes med en ven", "measurable": "En gang om ugen",
                             "accepted": "Det er vigtigt for mig", "realistic": "Jeg tager bussen selv",
                             "timeBound": "Inden jul"},
                   "primaryTheme": %s, "secondaryTheme": %s,
                   "icons": ["theme.relationer"], "type": "DEVELOP",
                   "currentScore": {"value": %d}, "expectedScore": {"value": 1}},
                  {"text": "Jeg holder fast i mit arbejde i caféen",
                   "smart": {"specific": "Møde på arbejde", "measurable": "Tre dage om ugen",
                             "accepted": "Jeg kan lide mine kolleger", "realistic": "Med fast mødeplan",
                             "timeBound": "Hele året"},
                   "primaryTheme": %s, "icons": ["employment.work"], "type": "MAINTAIN",
                   "currentScore": {"value": %d}, "expectedScore": {"value": 2}}],
                 "resourceField": [{"text": "%s", "icons": ["resource.smiley"]},
                                   {"text": "Jeg er god til dyr", "icons": ["prep.can-do"]},
                                   {"text": "Jeg kan lide at tegne", "icons": ["prep.interests"]}],
                 "themeFields": [{"theme": %s, "entries": [{"text": "Min søster", "icons": ["theme.relationer"]},
                                                           {"text": "Holdet i svømmehallen"}]},
                                 {"theme": %s, "entries": [{"text": "Indkøb og tøjvask",
                                                            "icons": ["theme.praktiske-opgaver"]}]},
                                 {"theme": %s, "entries": [{"icons": ["theme.egenomsorg"]}]}],
                 "employmentField": [{"text": "Caféen tre dage om ugen", "icons": ["employment.work"]}],
                 "notes": "%s",
                 "parkingLot": ["Få en kæreste", "Tage kørekort", "%s"],
                 "actionPlan": {"neededEffort": "Socialpædagogisk støtte to timer om ugen",
                                "expectedDuration": "Et år",
                                "specialConditions": {"housing": "Egen bolig med støtte"}}}""".formatted(
                themes.get("Praktiske opgaver"), (1 + variant) % 5, themes.get("Relationer"),
                themes.get("Samfundsliv"), (2 + variant) % 5, themes.get("Samfundsliv"), (3 + variant) % 5,
                "Jeg er god til at lytte (opfølgning " + variant + ")", themes.get("Relationer"),
                themes.get("Praktiske opgaver"), themes.get("Egenomsorg"),
                "Borgeren førte ordet på møde " + variant + "; kontaktpersonen skrev",
                "Rejse til Norge, idé " + variant);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Icon packs

    /** Uploads {@link #swaps} new versions of the pack, evenly over the load; records each upload's time. */
    static void swapPacks(Server api, String[] admin, List<Double> millis) throws Exception {
        long spacing = Math.max(100, (duration - 2) * 1000L / Math.max(1, swaps));
        for (int n = 1; n <= swaps; n++) {
            long before = System.nanoTime();
            HttpResponse<byte[]> answer = api.bytes("POST", "/api/admin/icon-packs", packJar(n),
                    "application/java-archive", admin);
            double took = (System.nanoTime() - before) / 1e6;
            String picture = new String(api.bytes("GET", "/api/icons/" + ICON_CONCEPT, null, null, null).body(),
                    StandardCharsets.UTF_8);
            if (answer.statusCode() == 200 && picture.contains(colour(n))) {
                millis.add(took);
            } else {
                System.out.println("  swap " + n + ": answered " + answer.statusCode() + ", new picture "
                        + (picture.contains(colour(n)) ? "served" : "NOT served"));
            }
            Thread.sleep(Math.max(0, spacing - (long) took));
        }
    }

    static String colour(int n) {
        return String.format(Locale.ROOT, "#%06x", 0x100000 + n * 4099);
    }

    /** An icon pack jar (as the distribution tests' TestPackJar): one concept drawn as a circle in a colour. */
    static byte[] packJar(int n) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", ICON_PACK);
        main.putValue("Bundle-Version", "1.0." + n);
        main.putValue("Borgerplan-IconPack", "icons");
        main.putValue("Borgerplan-IconPack-Rank", "10");
        main.putValue("Require-Capability",
                "osgi.extender;filter:=\"(&(osgi.extender=dk.borgerplan.iconpack)(version>=1.0.0)(!(version>=2.0.0)))\"");
        String json = "{\"name\": {\"da\": \"Benchmarkpakke\"}, \"licence\": \"CC0 1.0\", \"icons\": [{\"concept\": \""
                + ICON_CONCEPT + "\", \"file\": \"" + ICON_CONCEPT + ".svg\", \"label\": {\"da\": \"Egenomsorg\"},"
                + " \"alt\": {\"da\": \"En cirkel\"}, \"themes\": [\"test\"]}]}";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream out = new JarOutputStream(bytes, manifest)) {
            out.putNextEntry(new JarEntry("icons/pack.json"));
            out.write(json.getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new JarEntry("icons/" + ICON_CONCEPT + ".svg"));
            out.write(("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 64 64\" role=\"img\"><title>Test"
                    + "</title><circle cx=\"32\" cy=\"32\" r=\"28\" fill=\"" + colour(n) + "\"/></svg>")
                    .getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The processes and their first start

    /** A distribution's or the baseline's jar as a process on a free loopback port. */
    static final class Server {

        final Path home;
        final String jarName;
        final List<String> javaOptions;
        final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        Process process;
        Path console;
        String base;
        String[] session;

        Server(Path home, String jarName, List<String> javaOptions) {
            this.home = home;
            this.jarName = jarName;
            this.javaOptions = javaOptions;
        }

        void start(String readyPath) throws Exception {
            int port = freePort();
            base = "http://127.0.0.1:" + port;
            console = home.resolve("console.log");
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(javaOptions);
            command.add("-Dorg.osgi.service.http.port=" + port);
            command.add("-jar");
            command.add(jarName);
            process = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true)
                    .redirectOutput(console.toFile()).start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (true) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("The process ended with " + process.exitValue() + "; see "
                            + console);
                }
                try {
                    if (bytes("GET", readyPath, null, null, null).statusCode() == 200) {
                        return;
                    }
                } catch (ConnectException notListeningYet) {
                    // Jetty is not up yet.
                } catch (IOException transientFailure) {
                    // Connection reset while starting.
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(readyPath + " did not answer in time; see " + console);
                }
                Thread.sleep(50);
            }
        }

        void stop() throws Exception {
            if (process == null) {
                return;
            }
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }

        HttpResponse<byte[]> bytes(String method, String path, byte[] body, String type, String[] as)
                throws IOException, InterruptedException {
            return bytes(method, path, body, type, as, null);
        }

        /** One request; {@code as} is the session to send (the caseworker's when null and there is one). */
        HttpResponse<byte[]> bytes(String method, String path, byte[] body, String type, String[] as,
                String ifMatch) throws IOException, InterruptedException {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                    .timeout(Duration.ofSeconds(60)).method(method, body == null
                            ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
            if (type != null) {
                request.header("Content-Type", type);
            }
            if (ifMatch != null) {
                request.header("If-Match", ifMatch);
            }
            String[] who = as != null ? as : session;
            if (who != null) {
                request.header("Cookie", who[0]).header("X-CSRF-Token", who[1]);
            }
            return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        }
    }

    static HttpResponse<byte[]> expectStatus(int status, HttpResponse<byte[]> answer) {
        if (answer.statusCode() != status) {
            // Problem documents about invented benchmark data: safe to show.
            throw new IllegalStateException(answer.request().method() + " " + answer.uri().getPath() + " answered "
                    + answer.statusCode() + " instead of " + status + ": "
                    + new String(answer.body(), StandardCharsets.UTF_8));
        }
        return answer;
    }

    /**
     * (As Bench.firstStartSession, which returns only the caseworker's.) Reads the administrator's one-time password
     * from the console, logs in and chooses a password, makes a caseworker's account and logs the caseworker in.
     * Returns the administrator's and the caseworker's sessions (cookie, CSRF token).
     */
    static String[][] firstStartSessions(String base, Path console) throws Exception {
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
        return new String[][] { admin, caseworker };
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

    static double median(List<Double> sorted) {
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static void copyFolder(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (var files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    static void deleteTree(Path folder) throws IOException {
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
