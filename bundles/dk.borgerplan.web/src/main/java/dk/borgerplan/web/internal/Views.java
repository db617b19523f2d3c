package dk.borgerplan.web.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dk.borgerplan.plan.ActionPlanElements;
import dk.borgerplan.platform.Text;
import dk.borgerplan.method.Phase;
import dk.borgerplan.plan.ApprovalParty;
import dk.borgerplan.plan.Citizen;
import dk.borgerplan.plan.Completeness;
import dk.borgerplan.plan.CitizenStatus;
import dk.borgerplan.plan.CycleService;
import dk.borgerplan.plan.Due;
import dk.borgerplan.plan.CycleStage;
import dk.borgerplan.plan.FieldEntry;
import dk.borgerplan.plan.Goal;
import dk.borgerplan.plan.GoalClosing;
import dk.borgerplan.plan.GoalProgression;
import dk.borgerplan.plan.GoalProgression.ScoreChange;
import dk.borgerplan.plan.GoalReview;
import dk.borgerplan.plan.OfferKind;
import dk.borgerplan.plan.PersonRole;
import dk.borgerplan.plan.ReviewOutcome;
import dk.borgerplan.plan.GoalStaircase;
import dk.borgerplan.plan.GoalStatus;
import dk.borgerplan.plan.StaircaseEvent;
import dk.borgerplan.plan.SubGoal;
import dk.borgerplan.plan.SubGoalStatus;
import dk.borgerplan.plan.GoalType;
import dk.borgerplan.plan.Hint;
import dk.borgerplan.plan.Plan;
import dk.borgerplan.plan.PlanCycle;
import dk.borgerplan.plan.PlanLook;
import dk.borgerplan.plan.PlanService;
import dk.borgerplan.plan.Score;
import dk.borgerplan.plan.Smart;
import dk.borgerplan.plan.Stamp;
import dk.borgerplan.plan.TargetGroup;
import dk.borgerplan.plan.ThemeUse;
import dk.borgerplan.scales.ScaleCatalog;
import dk.borgerplan.scales.ScaleLevel;

/** What the API sends: the plan model's records, with every score's words so that no client needs a table. */
final class Views {

    private Views() {
    }

    record ScoreView(String scale, String scaleVersion, int value, String label, String easyRead) {
    }

    record ThemeView(String system, String version, String code, String label) {
    }

    record GoalView(String id, String lineageId, int number, String text, Smart smart, String delimitation,
            ThemeView primaryTheme, ThemeView secondaryTheme, List<String> icons, GoalType type, String typeLabel,
            ScoreView currentScore, ScoreView expectedScore, ScoreView citizenScore, boolean disagreement,
            String disagreementNote, List<String> offerIds, GoalStatus status, String statusLabel,
            ClosingView closing, ReviewView review) {
    }

    record ClosingView(GoalStatus status, String statusLabel, String reason, boolean authorityContacted,
            Stamp stamp) {
    }

    record ReviewView(ScoreView score, ReviewOutcome outcome, String outcomeLabel, String note, Stamp stamp) {
    }

    /** A goal by itself, with the plan it belongs to (whose version is the goal's ETag). */
    record GoalInPlanView(String planId, String citizenId, String cycleId, long planVersion, GoalView goal) {
    }

    static GoalInPlanView goalInPlan(Plan plan, Goal goal, ScaleCatalog scales, Locale locale) {
        return new GoalInPlanView(plan.id(), plan.citizenId(), plan.cycleId(), plan.version(),
                goal(goal, scales, locale));
    }

    record PointView(int cycleNumber, String planId, String goalId, GoalStatus status, String statusLabel,
            ScoreView current, ScoreView expected, ScoreView reviewed, ReviewOutcome outcome, String outcomeLabel,
            ScoreChange change, Boolean expectedReached, Boolean succeeded) {
    }

    record ProgressionView(String lineageId, String text, GoalType type, String typeLabel, String scale,
            boolean lowerIsBetter, List<PointView> points) {
    }

    static ProgressionView progression(GoalProgression progression, ScaleCatalog scales, Locale locale) {
        return new ProgressionView(progression.lineageId(), progression.text(), progression.type(),
                progression.type().label().in(locale), progression.scale(), progression.lowerIsBetter(),
                progression.points().stream().map(p -> new PointView(p.cycleNumber(), p.planId(), p.goalId(),
                        p.status(), p.status().label().in(locale), score(p.current(), scales, locale),
                        score(p.expected(), scales, locale),
                        p.reviewed() == null ? null : score(p.reviewed(), scales, locale), p.outcome(),
                        p.outcome() == null ? null : p.outcome().label().in(locale), p.change(),
                        p.expectedReached(), p.succeeded())).toList());
    }

    record HintView(String field, String hint, String message) {
    }

    record ThemeFieldView(ThemeView theme, List<FieldEntry> entries) {
    }

    record MissingView(String element, String label) {
    }

    record CompletenessView(boolean complete, List<MissingView> missing) {
    }

    record ApprovalView(ApprovalParty party, String partyLabel, String onBehalfOf, Stamp stamp) {
    }

    record PlanView(String id, String citizenId, String cycleId, int revision, boolean approved,
            List<ApprovalView> approvals, String purpose, List<GoalView> goals, List<FieldEntry> resourceField,
            List<ThemeFieldView> themeFields, List<FieldEntry> employmentField, String notes, List<String> parkingLot,
            ActionPlanElements actionPlan, PlanMeetingView meeting, CompletenessView completeness,
            List<HintView> hints, long version, Stamp created, Stamp updated) {
    }

    /** The plan meeting: its date and who took part, with their roles in words. */
    record PlanMeetingView(java.time.LocalDate date, List<PreparationViews.ParticipantView> participants) {
    }

    record TransitionView(CycleStage from, CycleStage to, Stamp stamp) {
    }

    record SubGoalView(String id, int step, String text, SubGoalStatus status, String statusLabel, String replacedBy,
            Stamp created, Stamp closed) {
    }

    record StaircaseEventView(StaircaseEvent.Kind kind, String kindLabel, String subGoalId, Stamp stamp) {
    }

    /**
     * A goal's staircase (måltrappen): the overall goal at the top, the steps in order (every step, with its place
     * counted from 1 and its status in words), the history, and its version (the ETag; 0 before the first change).
     */
    record StaircaseView(String goalId, String planId, String overallGoal, List<SubGoalView> steps, int activeSteps,
            List<StaircaseEventView> history, long version, Stamp created, Stamp updated) {
    }

    static StaircaseView staircase(GoalStaircase staircase, Locale locale) {
        List<SubGoal> steps = staircase.steps();
        return new StaircaseView(staircase.goalId(), staircase.planId(), staircase.overallGoal(),
                java.util.stream.IntStream.range(0, steps.size()).mapToObj(i -> {
                    SubGoal step = steps.get(i);
                    return new SubGoalView(step.id(), i + 1, step.text(), step.status(),
                            step.status().label().in(locale), step.replacedBy(), step.created(), step.closed());
                }).toList(),
                staircase.activeSteps().size(),
                staircase.history().stream().map(e -> new StaircaseEventView(e.kind(), e.kind().label().in(locale),
                        e.subGoalId(), e.stamp())).toList(),
                staircase.version(), staircase.created(), staircase.updated());
    }

    record CycleView(String id, String citizenId, int number, CycleStage stage, String stageLabel, Phase phase,
            String phaseLabel, boolean open, List<TransitionView> history, List<String> carriedParkingLot,
            long version, Stamp created, Stamp updated) {
    }

    /** A cycle with its history and the parking lot carried forward from the previous one. */
    static CycleView cycle(PlanCycle cycle, CycleService cycles, Locale locale) {
        return new CycleView(cycle.id(), cycle.citizenId(), cycle.number(), cycle.stage(),
                cycle.stage().label().in(locale), cycle.stage().phase(), cycle.stage().phase().label().in(locale),
                cycle.open(), cycle.history().stream().map(t -> new TransitionView(t.from(), t.to(), t.stamp()))
                        .toList(),
                cycles.carriedParkingLot(cycle.id()), cycle.version(), cycle.created(), cycle.updated());
    }

    record CycleSummaryView(String id, int number, CycleStage stage, String stageLabel, Phase phase,
            String phaseLabel, boolean open, long version) {
    }

    record DueView(Due code, String label) {
    }

    record StatusView(String id, String name, String cprNumber, List<TargetGroup> targetGroups,
            CycleSummaryView cycle, String planId, LocalDate planMeetingDate, int preparationMeetings,
            List<DueView> due) {
    }

    /** A citizen found in the caseload: where the cycle stands (stage and phase in words) and what is due. */
    static StatusView status(CitizenStatus status, Locale locale) {
        Citizen citizen = status.citizen();
        PlanCycle cycle = status.cycle();
        return new StatusView(citizen.id(), citizen.name(),
                citizen.cprNumber() == null ? null : citizen.cprNumber().masked(),
                citizen.targetGroups().stream().sorted().toList(),
                cycle == null ? null : new CycleSummaryView(cycle.id(), cycle.number(), cycle.stage(),
                        cycle.stage().label().in(locale), cycle.stage().phase(),
                        cycle.stage().phase().label().in(locale), cycle.open(), cycle.version()),
                status.planId(), status.planMeetingDate(), status.preparationMeetings(),
                status.due().stream().map(d -> new DueView(d, d.label().in(locale))).toList());
    }

    /** A citizen as the API shows it: the CPR number masked ({@code DDMMYY-xxxx}). */
    record CitizenView(String id, String name, String cprNumber, List<TargetGroup> targetGroups,
            String actingMunicipality, String payingMunicipality, List<OfferView> offers, List<PersonView> people,
            PlanLook look, boolean visualPlanOptOut, boolean fictitiousCpr, long version, Stamp created,
            Stamp updated) {
    }

    record OfferView(String id, OfferKind kind, String kindLabel, String name, String provider,
            String contactPerson) {
    }

    record PersonView(String name, PersonRole role, String roleLabel, String relation) {
    }

    static CitizenView citizen(Citizen citizen, Locale locale) {
        return new CitizenView(citizen.id(), citizen.name(),
                citizen.cprNumber() == null ? null : citizen.cprNumber().masked(),
                citizen.targetGroups().stream().sorted().toList(), citizen.actingMunicipality(),
                citizen.payingMunicipality(),
                citizen.offers().stream().map(o -> new OfferView(o.id(), o.kind(), o.kind().label().in(locale),
                        o.name(), o.provider(), o.contactPerson())).toList(),
                citizen.people().stream().map(p -> new PersonView(p.name(), p.role(), p.role().label().in(locale),
                        p.relation())).toList(),
                citizen.look(), citizen.visualPlanOptOut(),
                citizen.cprNumber() != null && citizen.cprNumber().isFictitious(), citizen.version(),
                citizen.created(), citizen.updated());
    }

    static PlanView plan(Plan plan, Completeness completeness, List<Hint> hints, ScaleCatalog scales,
            Locale locale) {
        return new PlanView(plan.id(), plan.citizenId(), plan.cycleId(), plan.revision(), plan.approved(),
                plan.approvals().stream().map(a -> new ApprovalView(a.party(), a.party().label().in(locale),
                        a.onBehalfOf(), a.stamp())).toList(),
                plan.purpose(),
                plan.goals().stream().map(goal -> goal(goal, scales, locale)).toList(), plan.resourceField(),
                plan.themeFields().stream().map(f -> new ThemeFieldView(theme(f.theme()), f.entries())).toList(),
                plan.employmentField(), plan.notes(), plan.parkingLot(), plan.actionPlan(),
                plan.meeting() == null ? null
                        : new PlanMeetingView(plan.meeting().date(), plan.meeting().participants().stream()
                                .map(p -> new PreparationViews.ParticipantView(p.name(), p.role(),
                                        p.role().label().in(locale)))
                                .toList()),
                new CompletenessView(completeness.complete(), completeness.missing().stream()
                        .map(element -> new MissingView(element, Completeness.label(element, locale))).toList()),
                hints.stream().map(h -> new HintView(h.field(), h.hint(), h.message(locale))).toList(),
                plan.version(), plan.created(), plan.updated());
    }

    /** The plan as the API sends it, with what the plan model says about it (completeness, hints). */
    static PlanView plan(Plan plan, PlanService plans, ScaleCatalog scales, Locale locale) {
        return plan(plan, plans.completeness(plan), plans.hints(plan), scales, locale);
    }

    static GoalView goal(Goal goal, ScaleCatalog scales, Locale locale) {
        GoalClosing closing = goal.closing();
        GoalReview review = goal.review();
        return new GoalView(goal.id(), goal.lineageId(), goal.number(), goal.text(), goal.smart(),
                goal.delimitation(), theme(goal.primaryTheme()), theme(goal.secondaryTheme()), goal.icons(),
                goal.type(), goal.type().label().in(locale), score(goal.currentScore(), scales, locale),
                score(goal.expectedScore(), scales, locale),
                goal.citizenScore() == null ? null : score(goal.citizenScore(), scales, locale), goal.disagreement(),
                goal.disagreementNote(), goal.offerIds(), goal.status(), goal.status().label().in(locale),
                closing == null ? null
                        : new ClosingView(closing.status(), closing.status().label().in(locale), closing.reason(),
                                closing.authorityContacted(), closing.stamp()),
                review == null ? null
                        : new ReviewView(score(review.score(), scales, locale), review.outcome(),
                                review.outcome().label().in(locale), review.note(), review.stamp()));
    }

    private static ThemeView theme(ThemeUse use) {
        return use == null ? null
                : new ThemeView(use.ref().system(), use.ref().version(), use.ref().code(), use.label());
    }

    private static ScoreView score(Score score, ScaleCatalog scales, Locale locale) {
        Optional<ScaleLevel> level = scales.find(score.scale(), score.scaleVersion())
                .flatMap(scale -> scale.level(score.value()));
        return new ScoreView(score.scale(), score.scaleVersion(), score.value(),
                level.map(l -> l.label().in(locale)).orElse(null), level.map(l -> l.easyRead().in(locale)).orElse(null));
    }

    /** A line of a citizen's access log, with its words. */
    record AccessView(java.time.Instant at, String role, String roleLabel, String organisation, String action,
            String actionLabel, String resource, String purpose, String purposeLabel, String outcome,
            String outcomeLabel) {
    }

    static AccessView access(dk.borgerplan.audit.CitizenAccess access, Locale locale) {
        return new AccessView(access.at(), access.role(), roleLabel(access.role()).in(locale), access.organisation(),
                access.action().name(), actionLabel(access.action()).in(locale), access.resource(), access.purpose(),
                purposeLabel(access.purpose(), locale), access.outcome().name(), outcomeLabel(access.outcome()).in(locale));
    }

    private static Text roleLabel(String role) {
        for (dk.borgerplan.accounts.Role known : dk.borgerplan.accounts.Role.values()) {
            if (known.name().equalsIgnoreCase(role)) {
                return known.label();
            }
        }
        return Text.of(role, role);
    }

    /** Why, in words: the relationship that allowed the access, or why it was not allowed. */
    private static String purposeLabel(String purpose, Locale locale) {
        Text label = switch (purpose) {
            case "caseload" -> Text.of("Borgeren er i sagsbehandlerens sagsstamme", "The citizen is in the caseworker's caseload");
            case "team" -> Text.of("Borgeren er i teamets sagsstamme", "The citizen is in the team's caseload");
            case "offer" -> Text.of("Borgeren modtager et tilbud fra organisationen", "The citizen receives an offer from the organisation");
            case "self" -> Text.of("Borgeren selv", "The citizen themself");
            case "consent" -> Text.of("Borgerens samtykke", "The citizen's consent");
            case "invitation" -> Text.of("Inviteret til forberedelsesmødet", "Invited to the preparation meeting");
            case "uploader" -> Text.of("Har selv lagt billedet op", "Uploaded the picture");
            case "search-citizens" -> Text.of("Søgning efter borgere", "Search for citizens");
            case "register-citizens" -> Text.of("Oprettelse af borgeren", "Registration of the citizen");
            case "register-preparation-meetings" -> Text.of("Oprettelse af forberedelsesmøde", "Registration of a preparation meeting");
            case "upload-pictures" -> Text.of("Billede lagt op", "Picture uploaded");
            case "no-relationship", "not-allowed", "no-such-resource" -> Text.of("Ingen tilknytning til borgeren", "No relationship to the citizen");
            case "not-shared" -> Text.of("Ikke delt med tilbuddet", "Not shared with the offer");
            case "not-covered" -> Text.of("Ikke omfattet af adgangen", "Not covered by the access");
            default -> null;
        };
        if (label != null) {
            return label.in(locale);
        }
        // Entries written before access followed relationships: "role:caseworker" or "role-not-allowed:…".
        int colon = purpose.indexOf(':');
        String role = colon < 0 ? "" : roleLabel(purpose.substring(colon + 1)).in(locale).toLowerCase(locale);
        if (purpose.startsWith("role:")) {
            return Text.of("Arbejde som " + role, "Work as " + role).in(locale);
        }
        if (purpose.startsWith("role-not-allowed:")) {
            return Text.of("Ikke tilladt for " + role, "Not allowed for " + role).in(locale);
        }
        return purpose;
    }

    private static Text actionLabel(dk.borgerplan.audit.AccessAction action) {
        return switch (action) {
            case READ -> Text.of("Læst", "Read");
            case SEARCH -> Text.of("Søgt", "Searched");
            case WRITE -> Text.of("Skrevet eller ændret", "Written or changed");
            case DELETE -> Text.of("Slettet", "Deleted");
            case EXPORT -> Text.of("Udskrevet eller eksporteret", "Printed or exported");
            case LOGIN -> Text.of("Login", "Login");
        };
    }

    private static Text outcomeLabel(dk.borgerplan.audit.AccessOutcome outcome) {
        return switch (outcome) {
            case ALLOWED -> Text.of("Tilladt", "Allowed");
            case DENIED -> Text.of("Ingen adgang", "Denied");
            case REFUSED -> Text.of("Afvist, intet ændret", "Refused, nothing changed");
            case FAILED -> Text.of("Fejlede", "Failed");
        };
    }
}
