package dk.borgerplan.generator.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dk.borgerplan.access.Grant;
import dk.borgerplan.access.spi.BulkGrantStore;
import dk.borgerplan.icons.IconCatalog;
import dk.borgerplan.plan.CprNumber;
import dk.borgerplan.plan.DanishTime;
import dk.borgerplan.plan.spi.BulkPlanStore;
import dk.borgerplan.plan.spi.BulkPlanStore.History;
import dk.borgerplan.scales.ScaleCatalog;
import dk.borgerplan.themes.ThemeCatalog;

/**
 * Generates fictitious citizens with three yearly cycles each, when asked: by {@code citizens} in
 * {@code etc/dk.borgerplan.generator.cfg}, or by the framework/system property {@code borgerplan.generate.citizens}
 * that {@code bin/borgerplan --generate N} and {@code --demo} set. Off otherwise. Runs on a thread of its own, writes
 * batches through the bulk stores from {@code threads} writers, and leaves out every citizen whose (fictitious) CPR
 * number is stored already, so a restart with the same request adds nothing and an interrupted run is completed.
 * Logs counts and rates only.
 */
@Component(configurationPid = "dk.borgerplan.generator", immediate = true)
@Designate(ocd = GeneratorConfig.class)
public class DataGenerator {

    static final String CITIZENS_PROPERTY = "borgerplan.generate.citizens";
    static final String SEED_PROPERTY = "borgerplan.generate.seed";

    private static final Logger LOG = LoggerFactory.getLogger(DataGenerator.class);

    private final Thread runner;
    private volatile boolean stopped;

    @Activate
    public DataGenerator(@Reference BulkPlanStore plans, @Reference BulkGrantStore grants,
            @Reference ThemeCatalog themes, @Reference ScaleCatalog scales, @Reference IconCatalog icons,
            GeneratorConfig config, BundleContext context) {
        int citizens = config.citizens() > 0 ? config.citizens() : number(context.getProperty(CITIZENS_PROPERTY), 0);
        long seed = context.getProperty(SEED_PROPERTY) != null ? number(context.getProperty(SEED_PROPERTY), 141)
                : config.seed();
        if (citizens <= 0) {
            runner = null;
            return;
        }
        Run run = new Run(plans, grants, () -> Vocabulary.of(themes, scales, iconsWhenLoaded(icons)), citizens, seed,
                config.teamSize(), config.batchSize(), config.threads());
        runner = new Thread(() -> {
            try {
                run.generate();
            } catch (RuntimeException e) {
                LOG.error("Generator stopped: {}", e.getClass().getName());
            }
        }, "borgerplan-generator");
        runner.setDaemon(true);
        runner.start();
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        stopped = true;
        if (runner != null) {
            runner.interrupt();
            runner.join(30_000);
        }
    }

    /** The icon packs are installed by an extender; a moment after start they are there. */
    private List<dk.borgerplan.icons.Icon> iconsWhenLoaded(IconCatalog icons) {
        for (int i = 0; i < 50 && icons.icons().isEmpty() && !stopped; i++) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return icons.icons();
    }

    private static int number(String text, int fallback) {
        try {
            return text == null ? fallback : Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            LOG.warn("Generator: {} is not a number; nothing generated", CITIZENS_PROPERTY);
            return fallback;
        }
    }

    /** One generation: batches of consecutive sequence numbers, each written in one transaction. */
    static final class Run {

        private final BulkPlanStore plans;
        private final BulkGrantStore grants;
        private final java.util.function.Supplier<Vocabulary> vocabulary;
        private final int citizens;
        private final long seed;
        private final int teamSize;
        private final int batchSize;
        private final int threads;
        private final AtomicInteger written = new AtomicInteger();
        private final AtomicInteger skipped = new AtomicInteger();

        Run(BulkPlanStore plans, BulkGrantStore grants, java.util.function.Supplier<Vocabulary> vocabulary,
                int citizens, long seed, int teamSize, int batchSize, int threads) {
            if (citizens > CprNumber.FICTITIOUS_COUNT) {
                throw new IllegalArgumentException("At most " + CprNumber.FICTITIOUS_COUNT + " citizens");
            }
            this.plans = plans;
            this.grants = grants;
            this.vocabulary = vocabulary;
            this.citizens = citizens;
            this.seed = seed;
            this.teamSize = Math.max(1, teamSize);
            this.batchSize = Math.max(1, batchSize);
            this.threads = Math.max(1, threads);
        }

        /** Generates, and returns how many citizens were written (those stored already are not counted). */
        int generate() {
            long started = System.nanoTime();
            HistoryGenerator generator = new HistoryGenerator(seed, LocalDate.now(DanishTime.ZONE),
                    vocabulary.get(), teamSize);
            LOG.info("Generator: {} fictitious citizens with 3 cycles each (seed {}, {} writers)", citizens, seed,
                    threads);
            ExecutorService writers = Executors.newFixedThreadPool(threads, task -> {
                Thread thread = new Thread(task, "borgerplan-generator-writer");
                thread.setDaemon(true);
                return thread;
            });
            List<Future<?>> batches = new ArrayList<>();
            try {
                for (int from = 0; from < citizens; from += batchSize) {
                    int first = from;
                    int end = Math.min(citizens, from + batchSize);
                    batches.add(writers.submit(() -> batch(generator, first, end, started)));
                }
                for (Future<?> batch : batches) {
                    batch.get();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                LOG.info("Generator stopped after {} citizens; a new start completes the run", written.get());
                return written.get();
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("A batch failed: " + e.getCause().getClass().getName(), e.getCause());
            } finally {
                writers.shutdownNow();
                try {
                    writers.awaitTermination(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            LOG.info("Generator done: {} citizens written, {} stored already, in {} s ({} citizens/s)",
                    written.get(), skipped.get(), Math.round(seconds), Math.round(written.get() / seconds));
            return written.get();
        }

        private void batch(HistoryGenerator generator, int first, int end, long started) {
            if (Thread.currentThread().isInterrupted()) {
                return;
            }
            List<CprNumber> numbers = new ArrayList<>();
            for (int sequence = first; sequence < end; sequence++) {
                numbers.add(CprNumber.fictitious(sequence));
            }
            Set<CprNumber> stored = plans.registered(numbers);
            List<History> histories = new ArrayList<>();
            List<Grant> teamGrants = new ArrayList<>();
            for (int sequence = first; sequence < end; sequence++) {
                if (stored.contains(CprNumber.fictitious(sequence))) {
                    continue;
                }
                History history = generator.history(sequence);
                histories.add(history);
                teamGrants.add(generator.grant(sequence, history));
            }
            if (!histories.isEmpty()) {
                // Grants first: should the run stop between the two, the citizens are written at the next start,
                // and grants stored already are left out then.
                grants.insertAllNew(teamGrants);
                plans.insertAll(histories);
            }
            skipped.addAndGet(stored.size());
            int before = written.get();
            int now = written.addAndGet(histories.size());
            int step = Math.max(1000, citizens / 20);
            if (now / step != before / step) {
                double seconds = (System.nanoTime() - started) / 1e9;
                LOG.info("Generator: {} of {} citizens ({} citizens/s)", now + skipped.get(), citizens,
                        Math.round(now / seconds));
            }
        }
    }
}
