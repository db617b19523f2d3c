package dk.borgerplan.web.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import dk.borgerplan.audit.CitizenAccess;
import dk.borgerplan.platform.Text;

/**
 * A citizen's access log as a file the citizen can be given: who (role and organisation, never a person's name or
 * account), when (Danish time), what and why, one line per access. Semicolon-separated UTF-8 with a byte-order mark,
 * as Danish spreadsheets open it, written by Jackson's CSV module (quoting included).
 */
final class AccessLogExport {

    static final String FILE_NAME = "adgangslog.csv";
    private static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final List<Text> HEADINGS = List.of(Text.of("Tidspunkt", "When"), Text.of("Rolle", "Role"),
            Text.of("Organisation", "Organisation"), Text.of("Handling", "Action"), Text.of("Hvad", "What"),
            Text.of("Hvorfor", "Why"), Text.of("Udfald", "Outcome"));
    private static final CsvMapper CSV = new CsvMapper();

    private AccessLogExport() {
    }

    static void csv(HttpServletResponse response, List<CitizenAccess> accesses, Locale locale) throws IOException {
        response.setStatus(200);
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + FILE_NAME + "\"");
        response.setHeader("Cache-Control", "no-store");
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(';');
        try (OutputStream out = response.getOutputStream()) {
            out.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
            try (SequenceWriter lines = CSV.writer(schema).writeValues(new java.io.OutputStreamWriter(out,
                    StandardCharsets.UTF_8))) {
                lines.write(HEADINGS.stream().map(h -> h.in(locale)).toList());
                for (CitizenAccess access : accesses) {
                    Views.AccessView view = Views.access(access, locale);
                    lines.write(List.of(WHEN.format(access.at().atZone(DANISH_TIME)), view.roleLabel(),
                            view.organisation() == null ? "" : view.organisation(), view.actionLabel(),
                            view.resource(), view.purposeLabel(), view.outcomeLabel()));
                }
            }
        }
    }
}
