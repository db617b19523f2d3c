package dk.borgerplan.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * A preparation meeting of a cycle (forberedelsesmøde): group or individual, its date, who took part, and the
 * preparation sheet it produced. A citizen may attend several in one cycle. {@code version} grows with every saved
 * change, including every change of the sheet.
 */
public record PreparationMeeting(String id, String citizenId, String cycleId, PreparationKind kind, LocalDate date,
        List<Participant> participants, PreparationSheet sheet, long version, Stamp created, Stamp updated) {

    public PreparationMeeting {
        participants = participants == null ? List.of() : List.copyOf(participants);
        sheet = sheet == null ? PreparationSheet.empty() : sheet;
    }

    /** The same meeting with another version, e.g. as a store returns it. */
    public PreparationMeeting withVersion(long newVersion) {
        return new PreparationMeeting(id, citizenId, cycleId, kind, date, participants, sheet, newVersion, created,
                updated);
    }
}
