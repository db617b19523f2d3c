package dk.borgerplan.plan.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import dk.borgerplan.plan.CaseloadService;
import dk.borgerplan.plan.Citizen;
import dk.borgerplan.plan.CitizenStatus;
import dk.borgerplan.plan.CycleStage;
import dk.borgerplan.plan.Due;
import dk.borgerplan.plan.NotFoundException;
import dk.borgerplan.plan.Page;
import dk.borgerplan.plan.Plan;
import dk.borgerplan.plan.PlanCycle;
import dk.borgerplan.plan.PreparationMeeting;
import dk.borgerplan.plan.spi.PlanStore;
import dk.borgerplan.plan.spi.PreparationStore;

/**
 * The caseload: citizens found by name, each with its cycle's status and what is due. The name is matched here, in
 * memory, over the citizens in name order (a caseload is hundreds, not millions); it is never logged.
 */
@Component(service = CaseloadService.class)
public class Caseload implements CaseloadService {

    private final PlanStore plans;
    private final PreparationStore preparations;

    @Activate
    public Caseload(@Reference PlanStore plans, @Reference PreparationStore preparations) {
        this.plans = plans;
        this.preparations = preparations;
    }

    @Override
    public Page<CitizenStatus> search(String name, int offset, int limit) {
        return search(name, c -> true, offset, limit);
    }

    @Override
    public Page<CitizenStatus> search(String name, java.util.function.Predicate<Citizen> among, int offset,
            int limit) {
        int from = Math.max(0, offset);
        int size = Math.min(Math.max(1, limit), CitizenRegistry.PAGE_MAX);
        String wanted = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        List<Citizen> found = new ArrayList<>();
        for (int at = 0;; at += CitizenRegistry.PAGE_MAX) {
            Page<Citizen> page = plans.citizens(at, CitizenRegistry.PAGE_MAX);
            page.items().stream().filter(c -> c.name().toLowerCase(Locale.ROOT).contains(wanted))
                    .filter(among).forEach(found::add);
            if (page.items().isEmpty() || at + page.items().size() >= page.total()) {
                break;
            }
        }
        List<CitizenStatus> items = found.stream().skip(from).limit(size).map(this::status).toList();
        return new Page<>(items, from, size, found.size());
    }

    @Override
    public CitizenStatus status(String citizenId) {
        return status(plans.citizen(citizenId).orElseThrow(() -> new NotFoundException("citizen", citizenId)));
    }

    private CitizenStatus status(Citizen citizen) {
        List<PlanCycle> cycles = plans.cyclesOf(citizen.id());
        PlanCycle cycle = cycles.stream().filter(PlanCycle::open).findFirst()
                .orElse(cycles.isEmpty() ? null : cycles.get(0));
        Optional<Plan> plan = cycle == null ? Optional.empty() : plans.planOfCycle(cycle.id());
        List<PreparationMeeting> meetings = cycle == null ? List.of() : preparations.meetingsOf(cycle.id());
        LocalDate meetingDate = plan.map(Plan::meeting).map(m -> m.date()).orElse(null);
        return new CitizenStatus(citizen, cycle, plan.map(Plan::id).orElse(null), meetingDate, meetings.size(),
                due(cycle, plan, meetings));
    }

    /**
     * What is due in a cycle, by the rules in the README: no cycle; before the plan meeting (preparation and the
     * plan meeting stage) its date and a preparation meeting on or before it; at the plan meeting a plan; and from
     * there on, while the cycle is open, the plan's approval by all three parties.
     */
    static List<Due> due(PlanCycle cycle, Optional<Plan> plan, List<PreparationMeeting> meetings) {
        List<Due> due = new ArrayList<>();
        if (cycle == null) {
            due.add(Due.NO_CYCLE);
            return due;
        }
        if (!cycle.open()) {
            return due;
        }
        boolean beforeMeeting = cycle.stage() == CycleStage.PREPARATION || cycle.stage() == CycleStage.PLAN_MEETING;
        LocalDate meetingDate = plan.map(Plan::meeting).map(m -> m.date()).orElse(null);
        if (beforeMeeting && meetingDate == null) {
            due.add(Due.MEETING_DATE_MISSING);
        }
        if (beforeMeeting && meetings.stream()
                .noneMatch(m -> m.date() != null && (meetingDate == null || !m.date().isAfter(meetingDate)))) {
            due.add(Due.PREPARATION_MISSING);
        }
        if (cycle.stage() == CycleStage.PLAN_MEETING && plan.isEmpty()) {
            due.add(Due.PLAN_MISSING);
        }
        if (plan.isPresent() && !plan.get().approved()) {
            due.add(Due.PLAN_NOT_APPROVED);
        }
        return due;
    }
}
