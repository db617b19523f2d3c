package dk.borgerplan.method;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dk.borgerplan.platform.Text;

/**
 * A part a method adds to the plan of each cycle: a list of entries with the same fields — Aarhus' network meeting
 * and citizen budget, Aalborg's record of who from the network took part, Copenhagen's offers sharing one plan. The
 * plan model keeps the entries per citizen and cycle, checks them against the fields, and lets the method check its
 * own rules ({@link Method#check}).
 *
 * @param id short, stable, lower-case identifier, unique among the method's sections
 * @param phase the phase it is mostly used in, or {@code null} for every phase
 * @param title the section's heading
 * @param about what it is for
 * @param maxEntries the most entries it may hold; 0 for no limit, 1 for a section that is one record
 * @param fields the fields of each entry, in order
 */
public record PlanSection(String id, Phase phase, Text title, Text about, int maxEntries, List<SectionField> fields) {

    public PlanSection {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(about, "about");
        fields = List.copyOf(fields);
    }

    /** The field with this id, if the section has it. */
    public Optional<SectionField> field(String fieldId) {
        return fields.stream().filter(field -> field.id().equals(fieldId)).findFirst();
    }
}
