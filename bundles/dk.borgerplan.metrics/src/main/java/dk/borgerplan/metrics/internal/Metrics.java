package dk.borgerplan.metrics.internal;

import java.time.Duration;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import dk.borgerplan.platform.StorePool;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/**
 * The one registry of this platform's metrics, in the Prometheus text format: HTTP requests by method, endpoint
 * (ids replaced by {@code {id}}) and status with their latencies, the store's connection pool, JVM memory, threads,
 * classes, CPU and uptime. Nothing in it names a citizen or a user.
 */
@Component(service = Metrics.class)
public class Metrics {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile StorePool pool;

    @Activate
    public Metrics() {
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        Gauge.builder("borgerplan.store.connections.open", this, m -> m.usage().open())
                .description("Database connections open in the store's pools").register(registry);
        Gauge.builder("borgerplan.store.connections.idle", this, m -> m.usage().idle())
                .description("Database connections open and idle").register(registry);
        Gauge.builder("borgerplan.store.connections.active", this, m -> m.usage().inUse())
                .description("Database connections in use").register(registry);
        Gauge.builder("borgerplan.store.connections.max", this, m -> m.usage().max())
                .description("The most connections the store's pools open").register(registry);
    }

    @Deactivate
    void close() {
        registry.close();
    }

    private StorePool.Usage usage() {
        StorePool current = pool;
        return current == null ? new StorePool.Usage(0, 0, 0) : current.usage();
    }

    /** Records one answered request. */
    void request(String method, String endpoint, int status, Duration took) {
        Timer.builder("http.server.requests").description("HTTP requests answered, by endpoint")
                .tag("method", method).tag("uri", endpoint).tag("status", Integer.toString(status))
                .publishPercentileHistogram(false).register(registry).record(took);
    }

    /** Everything, in the Prometheus text exposition format. */
    String scrape() {
        return registry.scrape();
    }
}
