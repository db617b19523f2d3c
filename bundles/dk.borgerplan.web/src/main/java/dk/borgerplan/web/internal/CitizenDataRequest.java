package dk.borgerplan.web.internal;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import dk.borgerplan.access.Operation;
import dk.borgerplan.access.Part;
import dk.borgerplan.access.ResourceKind;
import dk.borgerplan.access.Undertaking;

/**
 * What an HTTP request asks of citizens' data, in the authorization service's terms: either a part of the data that
 * a named resource belongs to, or an undertaking that names no citizen yet (a search, a registration, an upload).
 * Only translation: whether it is allowed is the authorization service's decision.
 */
sealed interface CitizenDataRequest {

    /** {@code operation} on {@code part} of the data the resource {@code kind}/{@code id} belongs to. */
    record Target(ResourceKind kind, String id, Part part, Operation operation) implements CitizenDataRequest {
    }

    record Begin(Undertaking undertaking) implements CitizenDataRequest {
    }

    /** Names no citizen's data at all (e.g. a list without its cycle): the servlet refuses it as bad input. */
    record NamesNoOne() implements CitizenDataRequest {
    }

    /**
     * The request's ask, or empty when the path holds no citizen's data ({@code path} is the URL's segments,
     * {@code /api/…} included; {@code parameter} reads a query parameter).
     */
    static Optional<CitizenDataRequest> of(String method, List<String> path, Function<String, String> parameter) {
        if (path.size() < 2 || !path.get(0).equals("api") || !SessionFilter.CITIZEN_DATA.contains(path.get(1))) {
            return Optional.empty();
        }
        Operation operation = method.equals("GET") || method.equals("HEAD") ? Operation.READ : Operation.WRITE;
        String id = path.size() > 2 ? path.get(2) : "";
        String sub = path.size() > 3 ? path.get(3) : "";
        CitizenDataRequest ask = switch (path.get(1)) {
            case "citizens" -> citizens(method, path, id, sub, operation);
            case "cycles" -> new Target(ResourceKind.CYCLE, id, Part.PLAN, operation);
            case "plans" -> new Target(ResourceKind.PLAN, id, sub.equals("goals") && path.size() == 4 ? Part.GOAL
                    : Part.PLAN, operation);
            case "goals" -> new Target(ResourceKind.GOAL, id, switch (sub) {
                case "subgoals" -> Part.STAIRCASE;
                // Closing a goal is the authority's decision on the plan; the follow-up (review) is the goal's.
                case "closing" -> Part.PLAN;
                default -> Part.GOAL;
            }, operation);
            case "preparation-meetings" -> path.size() == 2 ? meetings(method, parameter)
                    : new Target(ResourceKind.PREPARATION_MEETING, id,
                            path.size() > 3 ? Part.PREPARATION_SHEET : Part.PREPARATION_MEETING, operation);
            case "pictures" -> path.size() == 2 && method.equals("POST") ? new Begin(Undertaking.UPLOAD_PICTURES)
                    : new Target(ResourceKind.PICTURE, id, Part.PREPARATION_SHEET, operation);
            default -> throw new IllegalStateException(path.get(1));
        };
        return Optional.of(ask);
    }

    private static CitizenDataRequest citizens(String method, List<String> path, String id, String sub,
            Operation operation) {
        if (path.size() == 2) {
            return new Begin(method.equals("POST") ? Undertaking.REGISTER_CITIZENS : Undertaking.SEARCH_CITIZENS);
        }
        if (path.size() == 3 && id.equals("search")) {
            return new Begin(Undertaking.SEARCH_CITIZENS);
        }
        Part part = switch (sub) {
            case "cpr" -> Part.CPR;
            case "cycles", "plans", "progression" -> Part.PLAN;
            case "access-log" -> Part.ACCESS_LOG;
            // The current plan's goals, each as the user may see it: a list, decided goal by goal.
            case "goals" -> Part.GOAL;
            case "relationships" -> Part.RELATIONSHIPS;
            // The year wheel: the plan and preparation meetings scheduled ahead, the group meetings signed up for.
            case "meetings", "group-meetings" -> Part.SCHEDULE;
            default -> Part.RECORD;
        };
        return new Target(ResourceKind.CITIZEN, id, part, operation);
    }

    /** {@code GET ?cycleId=…} lists a cycle's meetings; {@code POST} registers one in the cycle its body names. */
    private static CitizenDataRequest meetings(String method, Function<String, String> parameter) {
        if (method.equals("POST")) {
            return new Begin(Undertaking.REGISTER_PREPARATION_MEETINGS);
        }
        String cycleId = parameter.apply("cycleId");
        if (cycleId == null || !Ids.plausible(cycleId)) {
            return new NamesNoOne();
        }
        return new Target(ResourceKind.CYCLE, cycleId, Part.PREPARATION_MEETING, Operation.READ);
    }
}
