package dk.borgerplan.plan.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import dk.borgerplan.plan.Participant;
import dk.borgerplan.plan.ParticipantRole;
import dk.borgerplan.plan.PreparationMeetingDraft;
import dk.borgerplan.plan.PreparationSheet;
import dk.borgerplan.plan.SheetEntryDraft;
import dk.borgerplan.plan.Violation;

/**
 * The rules of a preparation meeting, its sheet and its pictures. Pure, like {@link PlanRules} (whose text and icon
 * checks it shares): every violation is returned, not only the first.
 */
final class PreparationRules {

    /** A meeting's date lies at most this many years from today: a guard against typing errors (0226 for 2026). */
    static final int DATE_YEARS = 2;
    /** The longest picture id: ids are UUIDs. */
    static final int ID_MAX = 36;

    private PreparationRules() {
    }

    static List<Violation> check(PreparationMeetingDraft draft, LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        if (draft == null) {
            violations.add(Violation.of("kind", "required"));
            violations.add(Violation.of("date", "required"));
            return violations;
        }
        if (draft.kind() == null) {
            violations.add(Violation.of("kind", "required"));
        }
        meeting(violations, "", draft.date(), draft.participants(), today);
        return violations;
    }

    /**
     * A meeting of the cycle (preparation or plan meeting): a date within {@link #DATE_YEARS} years of today, and
     * participants with name and role, the citizen at most once. {@code prefix} is the fields' path prefix.
     */
    static void meeting(List<Violation> violations, String prefix, LocalDate date, List<Participant> participants,
            LocalDate today) {
        if (date == null) {
            violations.add(Violation.of(prefix + "date", "required"));
        } else if (date.isBefore(today.minusYears(DATE_YEARS)) || date.isAfter(today.plusYears(DATE_YEARS))) {
            violations.add(Violation.of(prefix + "date", "dateOutOfRange", DATE_YEARS));
        }
        participants(violations, prefix, participants);
    }

    /** Participants with name and role, the citizen at most once. {@code prefix} is the fields' path prefix. */
    static void participants(List<Violation> violations, String prefix, List<Participant> participants) {
        if (participants == null) {
            return;
        }
        if (participants.size() > PlanRules.LIST_MAX) {
            violations.add(Violation.of(prefix + "participants", "tooMany", PlanRules.LIST_MAX));
        }
        boolean citizen = false;
        for (int i = 0; i < participants.size(); i++) {
            Participant participant = participants.get(i);
            String field = prefix + "participants[" + i + "]";
            if (participant == null) {
                violations.add(Violation.of(field, "required"));
                continue;
            }
            PlanRules.text(violations, field + ".name", participant.name(), PlanRules.NAME_MAX);
            if (participant.role() == null) {
                violations.add(Violation.of(field + ".role", "required"));
            } else if (participant.role() == ParticipantRole.CITIZEN) {
                // The meeting is one citizen's record: other citizens of a group meeting are not named in it.
                if (citizen) {
                    violations.add(Violation.of(field + ".role", "oneCitizen"));
                }
                citizen = true;
            }
        }
    }

    /**
     * An entry for {@code sheet}: words, icons or a picture (at least one), the picture uploaded already, room in its
     * field ({@code replacing} is the entry it replaces, which makes room).
     */
    static List<Violation> check(SheetEntryDraft entry, PreparationSheet sheet, String replacing,
            Predicate<String> pictureExists) {
        List<Violation> violations = new ArrayList<>();
        if (entry == null) {
            violations.add(Violation.of("field", "required"));
            return violations;
        }
        List<String> icons = entry.icons() == null ? List.of() : entry.icons();
        if (entry.field() == null) {
            violations.add(Violation.of("field", "required"));
        } else if (sheet.entries(entry.field()).stream().filter(e -> !e.id().equals(replacing))
                .count() >= PlanRules.LIST_MAX) {
            violations.add(Violation.of("field", "sheetFieldFull", PlanRules.LIST_MAX));
        }
        if (PlanRules.blank(entry.text()) && icons.isEmpty() && entry.pictureId() == null) {
            violations.add(Violation.of("text", "emptySheetEntry"));
        }
        PlanRules.optionalText(violations, "text", entry.text(), PlanRules.NOTE_MAX);
        PlanRules.icons(violations, "icons", icons);
        if (entry.pictureId() != null && (entry.pictureId().isBlank() || entry.pictureId().length() > ID_MAX
                || !pictureExists.test(entry.pictureId()))) {
            violations.add(Violation.of("pictureId", "unknownPicture"));
        }
        PlanRules.optionalText(violations, "onBehalfOf", entry.onBehalfOf(), PlanRules.NAME_MAX);
        return violations;
    }

    /**
     * A picture as uploaded: a declared PNG or JPEG whose content is that format (by its signature), not empty, at
     * most {@code maxBytes}.
     */
    static List<Violation> picture(String declaredMediaType, byte[] content, long maxBytes) {
        List<Violation> violations = new ArrayList<>();
        Optional<PictureFormat> declared = PictureFormat.declared(declaredMediaType);
        if (PlanRules.blank(declaredMediaType)) {
            violations.add(Violation.of("mediaType", "required"));
        } else if (declared.isEmpty()) {
            violations.add(Violation.of("mediaType", "pictureType"));
        }
        if (content == null || content.length == 0) {
            violations.add(Violation.of("content", "pictureEmpty"));
            return violations;
        }
        if (content.length > maxBytes) {
            violations.add(Violation.of("content", "pictureTooLarge", megabytes(maxBytes)));
            return violations;
        }
        Optional<PictureFormat> actual = PictureFormat.of(content);
        if (actual.isEmpty()) {
            violations.add(Violation.of("content", "pictureContent"));
        } else if (declared.isPresent() && declared.get() != actual.get()) {
            violations.add(Violation.of("mediaType", "pictureTypeMismatch", actual.get().name(),
                    declared.get().name()));
        }
        return violations;
    }

    /** Bytes in MiB, for messages: 5242880 is 5. */
    static double megabytes(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }
}
