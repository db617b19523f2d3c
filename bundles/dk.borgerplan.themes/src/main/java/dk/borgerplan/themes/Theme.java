package dk.borgerplan.themes;

import java.util.Objects;
import java.util.Optional;

import dk.borgerplan.platform.Text;

/**
 * A theme or sub-theme of one catalogue version.
 *
 * @param ref system, version and code: what a plan stores, with {@link #label()} kept alongside
 * @param label the official Danish label, and an English one
 * @param description a short explanation (the first sentence of the official definition), or {@code null}
 * @param parentCode the code of the theme this is a sub-theme of, in the same version; {@code null} for a top theme
 * @param scored whether the theme gets a functional level and goals ("Aktivitet og deltagelse" in VUM 2.0);
 *        "Funktioner og forhold" and "Omgivelsesfaktorer" are assessed but not scored
 * @param wheelField the field of the visual plan's wheel the theme is written in: the top theme's own field
 *        (e.g. {@code egenomsorg}), or {@code employment} for education and employment, which MLMP writes in the
 *        employment field rather than under Samfundsliv; {@code null} for themes that are not on the wheel
 * @param icon the icon concept that pictures a top theme (e.g. {@code theme.egenomsorg}), or {@code null}
 */
public record Theme(ThemeRef ref, Text label, Text description, String parentCode, boolean scored, String wheelField,
        String icon) {

    /** The wheel field of education and employment (seed 001, 2.2.2.5). */
    public static final String EMPLOYMENT_FIELD = "employment";

    public Theme {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(label, "label");
    }

    /** Whether this is a top theme rather than a sub-theme. */
    public boolean top() {
        return parentCode == null;
    }

    /** The theme this is a sub-theme of, in the same version; empty for a top theme. */
    public Optional<ThemeRef> parent() {
        return top() ? Optional.empty() : Optional.of(new ThemeRef(ref.system(), ref.version(), parentCode));
    }
}
