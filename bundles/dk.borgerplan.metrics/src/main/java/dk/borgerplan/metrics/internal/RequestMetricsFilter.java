package dk.borgerplan.metrics.internal;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardFilterPattern;

/** Times every request to the API, outermost (before the session is even looked up), by endpoint and status. */
@Component(service = Filter.class, property = "service.ranking:Integer=1000")
@HttpWhiteboardFilterPattern("/api/*")
public class RequestMetricsFilter implements Filter {

    private final Metrics metrics;

    @Activate
    public RequestMetricsFilter(@Reference Metrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long started = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            if (request instanceof HttpServletRequest http && response instanceof HttpServletResponse answer) {
                metrics.request(http.getMethod(), Endpoints.of(http.getRequestURI(), answer.getStatus()),
                        answer.getStatus(), Duration.ofNanos(System.nanoTime() - started));
            }
        }
    }
}
