package dk.borgerplan.web.internal;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import dk.borgerplan.audit.AuditLog;
import dk.borgerplan.audit.ChainVerification;

/**
 * {@code GET /api/admin/audit/verification}: checks the audit log's hash chain from its start to its head and says
 * whether it is whole, where it is broken if not, and the head hash to note down outside the system.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/api/admin/audit/*")
public class AuditAdminServlet extends ApiServlet {

    private static final long serialVersionUID = 1L;

    private final transient AuditLog audit;

    @Activate
    public AuditAdminServlet(@Reference AuditLog audit) {
        this.audit = audit;
    }

    @Override
    protected Handler handler(String method) {
        return "GET".equals(method) ? this::get : null;
    }

    private void get(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<String> path = segments(request);
        if (!path.equals(List.of("verification"))) {
            throw NotFound.resource(locale(request));
        }
        ChainVerification verification = audit.verify();
        json(response, 200, verification);
    }
}
