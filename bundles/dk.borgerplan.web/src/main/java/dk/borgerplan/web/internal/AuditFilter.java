package dk.borgerplan.web.internal;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardFilterPattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dk.borgerplan.access.Decision;
import dk.borgerplan.accounts.Account;
import dk.borgerplan.audit.AccessAction;
import dk.borgerplan.audit.AccessEvent;
import dk.borgerplan.audit.AccessOutcome;
import dk.borgerplan.audit.AuditLog;
import dk.borgerplan.plan.CycleService;
import dk.borgerplan.plan.PlanService;
import dk.borgerplan.plan.PreparationService;

/**
 * One audit entry for every request of a logged-in user that reads or writes a citizen's data or searches for
 * citizens, written after the answer with its outcome — a denial too (this filter runs before {@link SessionFilter}
 * and sees what it decided). The citizen is found from the URL here, in one place, for every servlet: by the
 * citizen, plan, cycle, goal or preparation meeting the path names, or, for a registration, by the new resource's
 * Location. A read of something that does not exist touched no one's data and is not logged; a refused write
 * attempt is, even when no citizen could be named.
 */
@Component(service = Filter.class, property = "service.ranking:Integer=200")
@HttpWhiteboardFilterPattern("/api/*")
public class AuditFilter implements Filter {

    private static final Logger LOG = LoggerFactory.getLogger(AuditFilter.class);
    private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
            + "[0-9a-fA-F]{12}");

    private final AuditLog audit;
    private final PlanService plans;
    private final CycleService cycles;
    private final PreparationService preparation;

    @Activate
    public AuditFilter(@Reference AuditLog audit, @Reference PlanService plans,
            @Reference CycleService cycles, @Reference PreparationService preparation) {
        this.audit = audit;
        this.plans = plans;
        this.cycles = cycles;
        this.preparation = preparation;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!(request instanceof HttpServletRequest http) || !(response instanceof HttpServletResponse answer)) {
            chain.doFilter(request, response);
            return;
        }
        List<String> path = SessionFilter.segments(http);
        if (path.size() < 2 || !SessionFilter.CITIZEN_DATA.contains(path.get(1)) && !path.get(1).equals(YEAR_WHEEL)) {
            chain.doFilter(request, response);
            return;
        }
        // The entry is written when the servlet closes its stream, before the answer ends (a client that reads the
        // access log right after must find it), or at the latest when the chain returns.
        AtomicBoolean recorded = new AtomicBoolean();
        Runnable once = () -> {
            if (recorded.compareAndSet(false, true)) {
                record(http, answer, path);
            }
        };
        try {
            chain.doFilter(request, new RecordedOnClose(answer, once));
        } finally {
            once.run();
        }
    }

    /** The answer, whose stream writes the audit entry before it closes. */
    private static final class RecordedOnClose extends HttpServletResponseWrapper {

        private final Runnable beforeClose;
        private ServletOutputStream stream;

        RecordedOnClose(HttpServletResponse response, Runnable beforeClose) {
            super(response);
            this.beforeClose = beforeClose;
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (stream == null) {
                ServletOutputStream real = super.getOutputStream();
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) throws IOException {
                        real.write(b);
                    }

                    @Override
                    public void write(byte[] bytes, int offset, int length) throws IOException {
                        real.write(bytes, offset, length);
                    }

                    @Override
                    public void flush() throws IOException {
                        real.flush();
                    }

                    @Override
                    public void close() throws IOException {
                        beforeClose.run();
                        real.close();
                    }

                    @Override
                    public boolean isReady() {
                        return real.isReady();
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        real.setWriteListener(listener);
                    }
                };
            }
            return stream;
        }
    }

    /** Set by a list or search: the citizens it showed, each of whom sees the search in their access log. */
    private static final String FOUND = AuditFilter.class.getName() + ".found";
    /** Lists citizens by name across caseloads: audited like a search, once for itself and once per citizen shown. */
    private static final String YEAR_WHEEL = "year-wheel";

    /** Notes the citizens a list or search showed. */
    static void found(HttpServletRequest request, List<String> citizenIds) {
        request.setAttribute(FOUND, List.copyOf(citizenIds));
    }

    private void record(HttpServletRequest request, HttpServletResponse response, List<String> path) {
        try {
            AccessAction action = action(request.getMethod(), path);
            Decision decision = (Decision) request.getAttribute(SessionFilter.DECISION);
            Optional<String> citizen = decision != null && decision.citizenId() != null
                    ? Optional.of(decision.citizenId())
                    : citizenOf(path, request, response);
            if (citizen.isEmpty() && action == AccessAction.READ) {
                return;
            }
            Optional<CurrentUser> user = CurrentUser.of(request);
            if (user.isEmpty()) {
                // Refused before any data was reached (no session): nothing of a citizen's was touched.
                return;
            }
            Account account = user.get().account();
            String role = account.role().name().toLowerCase(Locale.ROOT);
            Instant now = Instant.now();
            AccessOutcome outcome = outcome(request, response.getStatus());
            List<AccessEvent> events = new java.util.ArrayList<>();
            events.add(new AccessEvent(now, account.id(), role, account.organisation(), citizen.orElse(null),
                    resource(request), action, purpose(decision), outcome));
            // A list or search showed citizens' names: each of them may see that they were found, and by whom.
            @SuppressWarnings("unchecked")
            List<String> found = (List<String>) request.getAttribute(FOUND);
            if (found != null && outcome == AccessOutcome.ALLOWED) {
                found.forEach(id -> events.add(new AccessEvent(now, account.id(), role, account.organisation(), id,
                        resource(request), AccessAction.SEARCH, purpose(decision), outcome)));
            }
            audit.recordAll(events);
        } catch (RuntimeException e) {
            // Never the request's data in the log: only that it failed, and where.
            LOG.error("The audit entry for {} {} could not be written: {}", request.getMethod(),
                    resource(request), e.getClass().getName());
        }
    }

    static AccessAction action(String method, List<String> path) {
        if (path.get(1).equals(YEAR_WHEEL)) {
            // The overview and the October planning list citizens by name, as a search does.
            return AccessAction.SEARCH;
        }
        boolean citizens = path.get(1).equals("citizens");
        if (citizens && (path.size() == 2 && method.equals("GET") || path.size() == 3 && path.get(2).equals("search"))) {
            return AccessAction.SEARCH;
        }
        // A document made of the data (the access log as CSV, a plan as PDF, PNG, DOCX or FHIR, a letter, a meeting's
        // calendar invitation).
        if (path.subList(2, path.size()).contains("export") || path.get(path.size() - 1).equals("invitation")) {
            return AccessAction.EXPORT;
        }
        return switch (method) {
            case "GET", "HEAD" -> AccessAction.READ;
            case "DELETE" -> AccessAction.DELETE;
            default -> AccessAction.WRITE;
        };
    }

    /** Why: the relationship the authorization service allowed it by, or why it did not. */
    private static String purpose(Decision decision) {
        return decision == null ? "none" : decision.because();
    }

    static AccessOutcome outcome(HttpServletRequest request, int status) {
        if (request.getAttribute(SessionFilter.DENIED) != null) {
            return AccessOutcome.DENIED;
        }
        if (status >= 500) {
            return AccessOutcome.FAILED;
        }
        return status >= 400 ? AccessOutcome.REFUSED : AccessOutcome.ALLOWED;
    }

    /** The method and path with every id replaced by {@code {id}}: what was accessed, without values. */
    static String resource(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String resource = request.getMethod() + " " + UUID.matcher(uri == null ? "" : uri).replaceAll("{id}");
        return resource.length() > 500 ? resource.substring(0, 500) : resource;
    }

    /** The citizen whose data the request touched, if the path (or the new resource's Location) names one. */
    private Optional<String> citizenOf(List<String> path, HttpServletRequest request, HttpServletResponse response) {
        Optional<String> named = path.size() >= 3 ? citizenOf(path.get(1), path.get(2)) : Optional.empty();
        if (named.isPresent()) {
            return named;
        }
        String location = response.getHeader("Location");
        if (location != null) {
            List<String> created = List.of(location.split("/", -1));
            if (created.size() >= 4) {
                return citizenOf(created.get(2), created.get(3));
            }
        }
        String cycleId = request.getParameter("cycleId");
        if (path.get(1).equals("preparation-meetings") && cycleId != null) {
            return citizenOf("cycles", cycleId);
        }
        return Optional.empty();
    }

    private Optional<String> citizenOf(String kind, String id) {
        if (!UUID.matcher(id).matches()) {
            return Optional.empty();
        }
        return switch (kind) {
            case "citizens" -> Optional.of(id);
            case "plans" -> plans.citizenOfPlan(id);
            case "goals" -> plans.citizenOfGoal(id);
            case "cycles" -> cycles.citizenOfCycle(id);
            case "preparation-meetings" -> preparation.citizenOfMeeting(id);
            default -> Optional.empty();
        };
    }
}
