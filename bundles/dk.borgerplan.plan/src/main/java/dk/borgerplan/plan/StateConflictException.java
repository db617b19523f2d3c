package dk.borgerplan.plan;

import java.util.List;
import java.util.Locale;

/**
 * An operation the current state does not allow: e.g. a second open cycle, a plan outside the plan meeting, or a
 * transition whose rule is not met. Nothing was changed. {@code rule} names it; the message is Danish or English.
 */
public class StateConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String rule;
    private final transient List<Object> arguments;

    public StateConflictException(String rule, Object... arguments) {
        super(rule);
        this.rule = rule;
        this.arguments = List.of(arguments);
    }

    public String rule() {
        return rule;
    }

    /**
     * The part of the state that refused the operation, as a field of the API: the goal or sub-goal when its own
     * status is in the way, the approving party, the citizen's offers, else the cycle the operation depends on.
     */
    public String field() {
        return switch (rule) {
            case "goalNotActive" -> "goal";
            case "goalRemoved", "activeGoalNeeded" -> "goals";
            case "subGoalNotActive", "subGoalLimit" -> "subGoal";
            case "alreadyApproved" -> "party";
            case "offerInUse" -> "offers";
            case "meetingCancelled", "alreadyAnnounced" -> "meeting";
            default -> "cycle";
        };
    }

    public String message(Locale locale) {
        List<Object> words = arguments.stream()
                .map(argument -> argument instanceof CycleStage stage ? stage.label().in(locale)
                        : argument instanceof ApprovalParty party ? party.label().in(locale)
                        : argument instanceof SubGoalStatus status ? status.label().in(locale) : argument)
                .toList();
        return Messages.format("state." + rule, words, locale);
    }
}
