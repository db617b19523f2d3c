package dk.borgerplan.export;

import java.net.URI;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

import dk.borgerplan.plan.PlanLook;

/**
 * How a plan is exported.
 *
 * @param paper the paper size (PDF page, PNG proportions)
 * @param look colourful or neutral; the citizen's own choice unless the caller asks otherwise
 * @param locale Danish ({@code da}) or English ({@code en}) for the fixed words; the citizen's words stay as written
 * @param link the address in Borgerplan that the QR code leads to (an authorised user's way back to the plan); it
 *     names the plan by its id, never the citizen
 * @param date the date printed on the document (Danish time)
 */
public record ExportOptions(PaperSize paper, PlanLook look, Locale locale, URI link, LocalDate date) {
    public ExportOptions {
        Objects.requireNonNull(paper, "paper");
        Objects.requireNonNull(look, "look");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(date, "date");
    }
}
