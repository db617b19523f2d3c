package dk.borgerplan.web.internal;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import dk.borgerplan.platform.PlatformHome;
import dk.borgerplan.platform.StoreBackup;

/**
 * {@code POST /api/admin/backups}: the administrator takes an online backup of the store while the platform runs;
 * the answer names its folder below the home ({@code backups/<UTC time>}), when, and its size. Restoring is in the
 * README.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/api/admin/backups")
public class BackupAdminServlet extends ApiServlet {

    private static final long serialVersionUID = 1L;

    /** The backup as the API tells it: the folder relative to the home, so no server path is shown. */
    record BackupView(String directory, Instant taken, long bytes) {
    }

    private final transient StoreBackup backup;
    private final transient PlatformHome home;

    @Activate
    public BackupAdminServlet(@Reference StoreBackup backup, @Reference PlatformHome home) {
        this.backup = backup;
        this.home = home;
    }

    @Override
    protected Handler handler(String method) {
        return "POST".equals(method) ? this::post : null;
    }

    private void post(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!segments(request).equals(List.of())) {
            throw NotFound.resource(locale(request));
        }
        StoreBackup.Backup taken = backup.backUp();
        String folder = home.directory().relativize(taken.directory()).toString().replace('\\', '/');
        json(response, 200, new BackupView(folder, taken.taken(), taken.bytes()));
    }
}
