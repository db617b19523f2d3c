package dk.borgerplan.plan.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import dk.borgerplan.plan.Actor;
import dk.borgerplan.plan.Citizen;
import dk.borgerplan.plan.GoalDraft;
import dk.borgerplan.plan.NewCitizen;
import dk.borgerplan.plan.Participant;
import dk.borgerplan.plan.ParticipantRole;
import dk.borgerplan.plan.Plan;
import dk.borgerplan.plan.PlanDraft;
import dk.borgerplan.plan.PlanMeeting;
import dk.borgerplan.plan.ScoreDraft;
import dk.borgerplan.plan.ValidationException;
import dk.borgerplan.plan.Violation;
import dk.borgerplan.scales.internal.BundledScaleCatalog;
import dk.borgerplan.themes.internal.BundledThemeCatalog;

/** The plan meeting is recorded with the plan: its date, and who took part in which role. */
class PlanMeetingTest {

    private static final Actor CASEWORKER = new Actor("sagsbehandler-1", "Sagsbehandler");
    private static final Clock NOVEMBER = Clock.fixed(Instant.parse("2026-11-22T09:00:00Z"), ZoneOffset.UTC);

    private final InMemoryPlanStore store = new InMemoryPlanStore();
    private final PlanModel plans = new PlanModel(store, new BundledScaleCatalog(), new BundledThemeCatalog(), 3,
            "fko", NOVEMBER);
    private final Citizen citizen = new CitizenRegistry(store).create(CASEWORKER, new NewCitizen("Testborger"));

    private static PlanDraft withMeeting(PlanMeeting meeting) {
        return new PlanDraft("Formål", List.of(new GoalDraft("Jeg går en tur", new ScoreDraft(null, 2),
                new ScoreDraft(null, 1))), null, null, null, null, null, null, meeting);
    }

    @Test
    void theMeetingsDateAndParticipantsAreKeptWithThePlan() {
        PlanMeeting meeting = new PlanMeeting(LocalDate.of(2026, 11, 19),
                List.of(new Participant(" Mette ", ParticipantRole.CITIZEN),
                        new Participant("Anne", ParticipantRole.CONTACT_PERSON),
                        new Participant("Sagsbehandler Søren", ParticipantRole.CASEWORKER),
                        new Participant("Hanne", ParticipantRole.RELATIVE)));
        Plan plan = plans.create(CASEWORKER, citizen.id(), withMeeting(meeting));
        assertEquals(LocalDate.of(2026, 11, 19), plan.meeting().date());
        assertEquals(new Participant("Mette", ParticipantRole.CITIZEN), plan.meeting().participants().get(0));
        assertEquals(4, plan.meeting().participants().size());
    }

    @Test
    void aMeetingNeedsAPlausibleDateAndParticipantsWithNameAndRoleTheCitizenOnce() {
        PlanMeeting meeting = new PlanMeeting(LocalDate.of(226, 11, 19),
                List.of(new Participant("Mette", ParticipantRole.CITIZEN), new Participant(" ", null),
                        new Participant("Peter", ParticipantRole.CITIZEN)));
        ValidationException e = assertThrows(ValidationException.class,
                () -> plans.create(CASEWORKER, citizen.id(), withMeeting(meeting)));
        assertEquals(List.of(Violation.of("meeting.date", "dateOutOfRange", 2),
                Violation.of("meeting.participants[1].name", "required"),
                Violation.of("meeting.participants[1].role", "required"),
                Violation.of("meeting.participants[2].role", "oneCitizen")), e.violations());
        assertEquals(List.of(Violation.of("meeting.date", "required")),
                assertThrows(ValidationException.class, () -> plans.create(CASEWORKER, citizen.id(),
                        withMeeting(new PlanMeeting(null, null)))).violations());
        assertEquals(List.of(), store.plans.values().stream().toList());
    }
}
