package dk.borgerplan.metrics.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class MetricsTest {

    @Test
    void anAddressBecomesItsEndpointWithoutData() {
        assertEquals("/api/citizens/{id}/plans",
                Endpoints.of("/api/citizens/2199fa1c-4c5a-430d-bfcf-c1ae12aef9e0/plans", 200));
        assertEquals("/api/plans/{id}/export/pdf",
                Endpoints.of("/api/plans/2199fa1c-4c5a-430d-bfcf-c1ae12aef9e0/export/pdf", 200));
        assertEquals("/api/citizens/{id}/plans",
                Endpoints.of("/api/citizens/c1005cf0-58cb-4a9f-b135-95adc8470d9a/plans", 201), "starts with a letter");
        assertEquals("/api/plans/{id}/revisions/{id}",
                Endpoints.of("/api/plans/c1005cf0-58cb-4a9f-b135-95adc8470d9a/revisions/2", 200));
        assertEquals("/api/citizens/{id}", Endpoints.of("/api/citizens/010170-1234", 400), "a CPR-like id");
        assertEquals("/api/citizens/{id}", Endpoints.of("/api/citizens/Testborger%20Navn", 400), "a name");
        assertEquals(Endpoints.NOT_FOUND, Endpoints.of("/api/whatever/x", 404), "unknown addresses are one series");
        assertEquals(Endpoints.NOT_FOUND, Endpoints.of("/api/a/b/c/d/e/f/g/h/i", 400));
        assertEquals("/api/year-wheel/october-planning", Endpoints.of("/api/year-wheel/october-planning", 200));
    }

    @Test
    void theScrapeHasRequestsJvmAndStoreInThePrometheusTextFormat() {
        Metrics metrics = new Metrics();
        metrics.request("GET", "/api/plans/{id}", 200, Duration.ofMillis(12));
        metrics.request("GET", "/api/plans/{id}", 200, Duration.ofMillis(8));
        metrics.request("PUT", "/api/plans/{id}", 412, Duration.ofMillis(3));
        String scrape = metrics.scrape();
        assertTrue(scrape.contains("# TYPE http_server_requests_seconds summary"), scrape);
        assertTrue(scrape.contains("http_server_requests_seconds_count{method=\"GET\",status=\"200\","
                + "uri=\"/api/plans/{id}\"} 2"), scrape);
        assertTrue(scrape.contains("http_server_requests_seconds_sum{method=\"GET\",status=\"200\","
                + "uri=\"/api/plans/{id}\"} 0.02"), scrape);
        assertTrue(scrape.contains("http_server_requests_seconds_count{method=\"PUT\",status=\"412\","
                + "uri=\"/api/plans/{id}\"} 1"), scrape);
        assertTrue(scrape.contains("jvm_memory_used_bytes{"), scrape);
        assertTrue(scrape.contains("jvm_threads_live_threads "), scrape);
        // No store bound yet (it is optional): its gauges say 0 rather than going missing.
        assertTrue(scrape.contains("borgerplan_store_connections_open 0"), scrape);
        assertFalse(scrape.contains("GET /api"), "labels, not raw request lines");
    }
}
