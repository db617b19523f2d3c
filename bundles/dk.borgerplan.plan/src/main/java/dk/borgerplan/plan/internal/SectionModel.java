package dk.borgerplan.plan.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import dk.borgerplan.method.EntryProblem;
import dk.borgerplan.method.FieldKind;
import dk.borgerplan.method.Method;
import dk.borgerplan.method.PlanSection;
import dk.borgerplan.method.SectionEntry;
import dk.borgerplan.method.SectionField;
import dk.borgerplan.plan.Actor;
import dk.borgerplan.plan.CycleStage;
import dk.borgerplan.plan.Goal;
import dk.borgerplan.plan.NotFoundException;
import dk.borgerplan.plan.PlanCycle;
import dk.borgerplan.plan.SectionRecord;
import dk.borgerplan.plan.SectionService;
import dk.borgerplan.plan.Stamp;
import dk.borgerplan.plan.StateConflictException;
import dk.borgerplan.plan.VersionConflictException;
import dk.borgerplan.plan.Violation;
import dk.borgerplan.plan.spi.PlanStore;
import dk.borgerplan.plan.spi.SectionStore;

/**
 * The methods' plan sections: the fields' rules by kind, then the method's own rules, then the store. The active
 * methods come and go at run time (a plugin installed or removed), so they are a dynamic list. What was written in a
 * section of a method that is no longer active stays readable (its entries as stored, without the method's figures)
 * and cannot be changed until the method returns.
 */
@Component(service = SectionService.class)
public class SectionModel implements SectionService {

    private static final Logger LOG = LoggerFactory.getLogger(SectionModel.class);

    static final int ENTRIES_MAX = 500;
    static final int TEXT_MAX = 2000;
    static final int WORDS_MAX = 4000;
    static final BigDecimal AMOUNT_MAX = new BigDecimal("100000000");
    static final int NUMBER_MAX = 1_000_000;
    private static final Set<String> YES_NO = Set.of("true", "false");

    private final PlanStore plans;
    private final SectionStore store;
    private final Clock clock;
    private final List<Method> methods = new CopyOnWriteArrayList<>();

    @Activate
    public SectionModel(@Reference PlanStore plans, @Reference SectionStore store) {
        this(plans, store, Clock.systemUTC());
    }

    SectionModel(PlanStore plans, SectionStore store, Clock clock) {
        this.plans = plans;
        this.store = store;
        this.clock = clock;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addMethod(Method method) {
        methods.add(method);
    }

    void removeMethod(Method method) {
        methods.remove(method);
    }

    @Override
    public SectionRecord section(String cycleId, String methodId, String sectionId) {
        cycle(cycleId);
        Optional<Method> active = active(methodId);
        if (active.isEmpty()) {
            return store.section(cycleId, methodId, sectionId)
                    .orElseThrow(() -> new NotFoundException("section", sectionId));
        }
        Method method = active.get();
        section(method, sectionId);
        SectionRecord record = store.section(cycleId, methodId, sectionId)
                .orElseGet(() -> SectionRecord.empty(cycleId, methodId, sectionId));
        return record.withSummary(method.summarize(sectionId, record.entries()));
    }

    @Override
    public SectionRecord save(Actor actor, String cycleId, String methodId, String sectionId, long basedOnVersion,
            List<Map<String, String>> entries) {
        PlanCycle cycle = cycle(cycleId);
        Method method = method(methodId);
        PlanSection section = section(method, sectionId);
        SectionRecord current = store.section(cycleId, methodId, sectionId)
                .orElseGet(() -> SectionRecord.empty(cycleId, methodId, sectionId));
        if (current.version() != basedOnVersion) {
            throw new VersionConflictException("section", sectionId, basedOnVersion, current.version());
        }
        List<Violation> violations = new ArrayList<>();
        List<SectionEntry> checked = check(section, goalIds(cycleId), entries, violations);
        PlanModel.requireValid(violations);
        for (EntryProblem problem : method.check(sectionId, checked)) {
            violations.add(Violation.of("entries[" + problem.entry() + "]." + problem.field(), "methodRule",
                    problem.message()));
        }
        PlanModel.requireValid(violations);
        if (cycle.stage() == CycleStage.CLOSED) {
            throw new StateConflictException("cycleClosed");
        }
        Stamp now = new Stamp(actor.id(), clock.instant());
        SectionRecord saved = store.save(new SectionRecord(cycleId, methodId, sectionId, checked, List.of(),
                current.version(), current.created() == null ? now : current.created(), now), basedOnVersion);
        LOG.info("Section {} of method {} in cycle {} saved as version {} by {}", sectionId, methodId, cycleId,
                saved.version(), actor.id());
        return saved.withSummary(method.summarize(sectionId, saved.entries()));
    }

    /** The entries checked against the fields and normalised; the problems added to {@code violations}. */
    static List<SectionEntry> check(PlanSection section, Set<String> goalIds, List<Map<String, String>> entries,
            List<Violation> violations) {
        if (entries == null) {
            violations.add(Violation.of("entries", "required"));
            return List.of();
        }
        int max = section.maxEntries() == 0 ? ENTRIES_MAX : Math.min(section.maxEntries(), ENTRIES_MAX);
        if (entries.size() > max) {
            violations.add(Violation.of("entries", "tooMany", max));
            return List.of();
        }
        List<SectionEntry> checked = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Map<String, String> entry = entries.get(i);
            String at = "entries[" + i + "]";
            if (entry == null) {
                violations.add(Violation.of(at, "required"));
                continue;
            }
            for (String field : entry.keySet().stream().sorted(Comparator.nullsFirst(Comparator.naturalOrder()))
                    .toList()) {
                if (field == null || section.field(field).isEmpty()) {
                    // The field's name is the client's text: it is not repeated, only where it was.
                    violations.add(Violation.of(at, "unknownField"));
                }
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (SectionField field : section.fields()) {
                String raw = entry.get(field.id());
                String where = at + "." + field.id();
                if (raw == null || raw.isBlank()) {
                    if (field.required()) {
                        violations.add(Violation.of(where, "required"));
                    }
                    continue;
                }
                String value = value(field, raw, goalIds, where, violations);
                if (value != null) {
                    values.put(field.id(), value);
                }
            }
            checked.add(new SectionEntry(values));
        }
        return checked;
    }

    /** The value as stored, or null after adding why it cannot be. */
    private static String value(SectionField field, String raw, Set<String> goalIds, String where,
            List<Violation> violations) {
        switch (field.kind()) {
            case TEXT:
                return text(raw.strip(), TEXT_MAX, where, violations);
            case WORDS_AS_SAID:
                // The citizen's words as said: not trimmed, not reworded.
                return text(raw, WORDS_MAX, where, violations);
            case DATE:
                try {
                    return LocalDate.parse(raw.strip()).toString();
                } catch (DateTimeParseException e) {
                    violations.add(Violation.of(where, "notADate"));
                    return null;
                }
            case AMOUNT:
                try {
                    BigDecimal amount = new BigDecimal(raw.strip());
                    if (amount.signum() < 0 || amount.compareTo(AMOUNT_MAX) > 0 || amount.stripTrailingZeros().scale() > 2) {
                        violations.add(Violation.of(where, "notAnAmount"));
                        return null;
                    }
                    return amount.setScale(2).toPlainString();
                } catch (NumberFormatException | ArithmeticException e) {
                    violations.add(Violation.of(where, "notAnAmount"));
                    return null;
                }
            case NUMBER:
                try {
                    int number = Integer.parseInt(raw.strip());
                    if (number < 0 || number > NUMBER_MAX) {
                        violations.add(Violation.of(where, "notANumber", NUMBER_MAX));
                        return null;
                    }
                    return Integer.toString(number);
                } catch (NumberFormatException e) {
                    violations.add(Violation.of(where, "notANumber", NUMBER_MAX));
                    return null;
                }
            case GOAL:
                if (!goalIds.contains(raw.strip())) {
                    violations.add(Violation.of(where, "unknownGoal"));
                    return null;
                }
                return raw.strip();
            case CHOICE:
                String choice = raw.strip();
                if (field.choices().stream().noneMatch(c -> c.id().equals(choice))) {
                    violations.add(Violation.of(where, "notAChoice", field.choices().stream()
                            .map(SectionField.Choice::id).collect(Collectors.joining(", "))));
                    return null;
                }
                return choice;
            case YES_NO:
                String yesNo = raw.strip().toLowerCase(Locale.ROOT);
                if (!YES_NO.contains(yesNo)) {
                    violations.add(Violation.of(where, "notYesNo"));
                    return null;
                }
                return yesNo;
            default:
                throw new IllegalStateException("no rule for " + field.kind());
        }
    }

    private static String text(String value, int max, String where, List<Violation> violations) {
        int before = violations.size();
        PlanRules.optionalText(violations, where, value, max);
        return violations.size() == before ? value : null;
    }

    private Set<String> goalIds(String cycleId) {
        return plans.planOfCycle(cycleId).map(plan -> plan.goals().stream().map(Goal::id)
                .collect(Collectors.toSet())).orElse(Set.of());
    }

    private PlanCycle cycle(String cycleId) {
        return plans.cycle(cycleId).orElseThrow(() -> new NotFoundException("cycle", cycleId));
    }

    private Optional<Method> active(String methodId) {
        return methods.stream().filter(m -> m.id().equals(methodId)).findFirst();
    }

    private Method method(String methodId) {
        return active(methodId).orElseThrow(() -> new NotFoundException("method", methodId));
    }

    private static PlanSection section(Method method, String sectionId) {
        return method.section(sectionId).orElseThrow(() -> new NotFoundException("section", sectionId));
    }
}
