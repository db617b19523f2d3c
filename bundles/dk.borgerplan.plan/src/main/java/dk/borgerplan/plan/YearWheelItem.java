package dk.borgerplan.plan;

import java.time.LocalDate;

import dk.borgerplan.platform.Text;

/**
 * One point of the year wheel's overview: what it is, whom it concerns, and a sentence for the screen in Danish and
 * English (with the date where there is one). Fields that do not apply to the kind are null.
 *
 * @param citizenId the citizen; null for {@link YearWheelItemKind#FEW_GROUP_MEETINGS}
 * @param date the date it is about: the plan meeting's (NOT_ANNOUNCED, PREPARATION_MISSING), the follow-up's due date
 *            (THREE_MONTH_FOLLOW_UP); else null
 * @param meetingId the scheduled plan meeting concerned (NOT_ANNOUNCED, PREPARATION_MISSING, THREE_MONTH_FOLLOW_UP
 *            when one is scheduled but late)
 * @param area and {@code year}, {@code count}: the area, the year and how many group meetings it has
 *            (FEW_GROUP_MEETINGS); {@code count} is 0 for the other kinds
 */
public record YearWheelItem(YearWheelItemKind kind, String citizenId, LocalDate date, String meetingId,
        String cycleId, String planId, String goalId, TargetGroup area, Integer year, int count, Text label) {
}
