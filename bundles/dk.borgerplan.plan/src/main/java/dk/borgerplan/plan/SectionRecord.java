package dk.borgerplan.plan;

import java.util.List;

import dk.borgerplan.method.SectionEntry;
import dk.borgerplan.method.SummaryLine;

/**
 * The entries of one method's plan section in one cycle (Aarhus' citizen budget, Aalborg's network involvement, the
 * answers to a Copenhagen question frame), with the figures the method computes from them. {@code version} is 0 for a
 * section nothing has been written in yet; {@code updated} is then null.
 */
public record SectionRecord(String cycleId, String method, String section, List<SectionEntry> entries,
        List<SummaryLine> summary, long version, Stamp created, Stamp updated) {

    public SectionRecord {
        entries = List.copyOf(entries);
        summary = summary == null ? List.of() : List.copyOf(summary);
    }

    /** The empty section, before anything was written in it. */
    public static SectionRecord empty(String cycleId, String method, String section) {
        return new SectionRecord(cycleId, method, section, List.of(), List.of(), 0, null, null);
    }

    /** The same record with other figures, e.g. as the method computes them on reading. */
    public SectionRecord withSummary(List<SummaryLine> newSummary) {
        return new SectionRecord(cycleId, method, section, entries, newSummary, version, created, updated);
    }
}
