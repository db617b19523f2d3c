package dk.borgerplan.distribution.randers;

import static org.junit.Assert.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

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
 * A benchmark rather than a timed test: client threads on loopback keep asking for an icon and the catalogue while
 * a pack is replaced 20 times by dropping a new jar into addons/ (the FileInstall path). It records the failed
 * requests and, per swap, the time from the jar landing to the new picture being served (its ETag polled), in
 * {@code target/icon-swap-load.txt}. It asserts only that no request failed: timings depend on the machine.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class IconSwapLoadIT {

    private static final Path HOME = ResolvedDistribution.freshHome("IconSwapLoadIT");
    private static final int PORT = ResolvedDistribution.freePort();
    private static final String CONCEPT = "theme.egenomsorg";
    private static final int SWAPS = 20;
    private static final int CLIENTS = 4;

    @Configuration
    public Option[] configuration() throws IOException {
        Option[] options = ResolvedDistribution.ofThisModule().options(HOME, PORT);
        Files.createDirectories(HOME.resolve("addons"));
        return options;
    }

    @Inject
    private BundleContext context;

    private static byte[] version(int n) {
        return TestPackJar.of("dk.test.icons.load", "1.0." + n).rank(10)
                .icon(CONCEPT, String.format(Locale.ROOT, "#%06x", 0x100000 + n * 4099)).bytes();
    }

    private static void drop(Path home, byte[] jar) {
        try {
            Path landing = Files.write(home.resolve("landing.jar"), jar);
            Files.move(landing, home.resolve("addons/dk.test.icons.load.jar"), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    public void requestsNeverFailWhileAPackIsReplacedTwentyTimes() throws Exception {
        Http http = Http.of(context);
        // Inside the framework this class is loaded again: the home is the one the framework was given.
        Path home = Path.of(context.getProperty("borgerplan.home"));
        http.awaitHealthy(30_000);
        drop(home, version(0));
        String colour0 = String.format(Locale.ROOT, "#%06x", 0x100000);
        long deadline = System.currentTimeMillis() + 15_000;
        while (!http.get("/api/icons/" + CONCEPT).body().contains(colour0) && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }

        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong requests = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicReference<String> firstFailure = new AtomicReference<>();
        List<Thread> clients = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            Thread client = new Thread(() -> {
                while (running.get()) {
                    for (String path : List.of("/api/icons/" + CONCEPT, "/api/icons", "/api/icons?theme=test")) {
                        try {
                            Http.Response response = http.get(path);
                            boolean ok = response.status() == 200 && !response.body().isEmpty()
                                    && (!path.equals("/api/icons/" + CONCEPT) || response.body().contains("<svg"));
                            if (!ok) {
                                failed.incrementAndGet();
                                firstFailure.compareAndSet(null, path + " " + response.status());
                            }
                        } catch (RuntimeException e) {
                            failed.incrementAndGet();
                            firstFailure.compareAndSet(null, path + " " + e);
                        }
                        requests.incrementAndGet();
                    }
                }
            }, "icon-client-" + i);
            client.start();
            clients.add(client);
        }

        List<Long> millis = new ArrayList<>();
        long started = System.nanoTime();
        for (int n = 1; n <= SWAPS; n++) {
            String before = http.get("/api/icons/" + CONCEPT).header("ETag");
            byte[] jar = version(n);
            long landed = System.nanoTime();
            drop(home, jar);
            long until = System.currentTimeMillis() + 15_000;
            String now = before;
            while (now.equals(before) && System.currentTimeMillis() < until) {
                Thread.sleep(5);
                now = http.get("/api/icons/" + CONCEPT).header("ETag");
            }
            millis.add(now.equals(before) ? -1 : (System.nanoTime() - landed) / 1_000_000);
            Thread.sleep(200); // let the second of FileInstall's remove/add cycles pass before the next jar
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        running.set(false);
        for (Thread client : clients) {
            client.join();
        }

        List<Long> sorted = millis.stream().sorted().toList();
        String report = String.format(Locale.ROOT,
                "swaps=%d clients=%d requests=%d failed=%d duration_s=%.1f requests_per_s=%.0f%n"
                        + "landing_to_served_ms: min=%d median=%d p90=%d max=%d over_1000=%d not_seen=%d%n"
                        + "per_swap_ms=%s%nfirst_failure=%s%n",
                SWAPS, CLIENTS, requests.get(), failed.get(), seconds, requests.get() / seconds, sorted.get(0),
                sorted.get(sorted.size() / 2), sorted.get((int) Math.ceil(sorted.size() * 0.9) - 1),
                sorted.get(sorted.size() - 1), millis.stream().filter(m -> m > 1000).count(),
                millis.stream().filter(m -> m < 0).count(), millis, firstFailure.get());
        Path out = Path.of(System.getProperty("borgerplan.test.dir", "target/it")).toAbsolutePath().getParent()
                .resolve("icon-swap-load.txt");
        Files.writeString(out, report, StandardCharsets.UTF_8);
        System.out.println("IconSwapLoadIT " + report);
        assertEquals("failed requests during the swaps (" + firstFailure.get() + ")", 0, failed.get());
        assertEquals("swaps whose new picture was never served", 0, millis.stream().filter(m -> m < 0).count());
    }
}
