package dk.borgerplan.fhir;

import java.util.Locale;
import java.util.Objects;

/**
 * How a plan is exported.
 *
 * @param includeCpr whether the Patient carries the citizen's CPR number (identifier system
 *     {@code urn:oid:1.2.208.176.1.2}); off by default: ask for it only where the receiver is entitled to it
 * @param locale Danish ({@code da}) or English ({@code en}) for the fixed words (titles, score kinds, level
 *     words); the citizen's own words and the official Danish code displays stay as they are
 */
public record FhirOptions(boolean includeCpr, Locale locale) {

    public FhirOptions {
        Objects.requireNonNull(locale, "locale");
    }

    /** No CPR number, Danish words. */
    public static FhirOptions defaults() {
        return new FhirOptions(false, Locale.forLanguageTag("da"));
    }

    /** The same options with the CPR number included. */
    public FhirOptions withCpr() {
        return new FhirOptions(true, locale);
    }
}
