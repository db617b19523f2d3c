package dk.borgerplan.access.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import dk.borgerplan.access.AuthorizationService;
import dk.borgerplan.access.Decision;
import dk.borgerplan.access.Grant;
import dk.borgerplan.access.GrantKind;
import dk.borgerplan.access.NewGrant;
import dk.borgerplan.access.Operation;
import dk.borgerplan.access.Part;
import dk.borgerplan.access.RelationshipService;
import dk.borgerplan.access.ResourceKind;
import dk.borgerplan.access.Undertaking;
import dk.borgerplan.access.internal.AccessRules.Target;
import dk.borgerplan.access.spi.GrantStore;
import dk.borgerplan.accounts.Account;
import dk.borgerplan.accounts.AccountService;
import dk.borgerplan.accounts.Role;
import dk.borgerplan.plan.Citizen;
import dk.borgerplan.plan.CitizenService;
import dk.borgerplan.plan.CycleService;
import dk.borgerplan.plan.Goal;
import dk.borgerplan.plan.NotFoundException;
import dk.borgerplan.plan.Plan;
import dk.borgerplan.plan.PreparationService;
import dk.borgerplan.plan.PlanService;
import dk.borgerplan.plan.ValidationException;
import dk.borgerplan.plan.Violation;

/**
 * The authorization service and the relationships it decides by. A resource is traced to its citizen through the
 * plan model (a goal to its plan, a meeting to its cycle, a picture to the sheets that show it), and the rules of
 * {@link AccessRules} decide with the citizen's recorded relationships.
 */
@Component(service = { AuthorizationService.class, RelationshipService.class })
public class RelationshipAccess implements AuthorizationService, RelationshipService {

    /** Consents end on a Danish calendar day. */
    static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");
    private static final int TEAM_NAME_MAX = 100;

    private final GrantStore store;
    private final AccountService accounts;
    private final CitizenService citizens;
    private final PlanService plans;
    private final CycleService cycles;
    private final PreparationService preparation;
    private final Clock clock;

    @Activate
    public RelationshipAccess(@Reference GrantStore store, @Reference AccountService accounts,
            @Reference CitizenService citizens, @Reference PlanService plans, @Reference CycleService cycles,
            @Reference PreparationService preparation) {
        this(store, accounts, citizens, plans, cycles, preparation, Clock.system(DANISH_TIME));
    }

    RelationshipAccess(GrantStore store, AccountService accounts, CitizenService citizens, PlanService plans,
            CycleService cycles, PreparationService preparation, Clock clock) {
        this.store = store;
        this.accounts = accounts;
        this.citizens = citizens;
        this.plans = plans;
        this.cycles = cycles;
        this.preparation = preparation;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(DANISH_TIME));
    }

    // --- Deciding --------------------------------------------------------------------------------------------

    @Override
    public Decision decide(Account account, ResourceKind kind, String id, Part part, Operation operation) {
        if (account.role() == Role.ADMINISTRATOR) {
            // The administrator runs the platform and has no citizen data: not even whether a resource exists.
            return Decision.deny(null, "no-relationship");
        }
        if (kind == ResourceKind.PICTURE) {
            return picture(account, id);
        }
        Optional<String> citizenId = citizenOf(kind, id);
        if (citizenId.isEmpty()) {
            return Decision.deny(null, "no-such-resource");
        }
        // Only a provider's staff are decided by the citizen's offers and the goal's: read them for them alone.
        boolean provider = account.role() == Role.OFFER_MANAGER || account.role() == Role.CONTACT_PERSON;
        Citizen citizen = provider ? citizens.find(citizenId.get()).orElse(null) : null;
        if (provider && citizen == null) {
            return Decision.deny(null, "no-such-resource");
        }
        List<String> goalOffers = provider && kind == ResourceKind.GOAL
                ? plans.planOfGoal(id).map(p -> offersOf(p, id)).orElse(List.of())
                : null;
        String meetingId = kind == ResourceKind.PREPARATION_MEETING ? id : null;
        Target target = new Target(citizenId.get(), citizen, goalOffers, meetingId);
        Decision decision = AccessRules.decide(account, teamsIfCaseworker(account), grantsOf(account, citizenId.get()),
                target, part, operation, today());
        if (!decision.allowed() && kind == ResourceKind.CITIZEN && !provider
                && citizens.find(citizenId.get()).isEmpty()) {
            // A citizen that does not exist: nobody's data was reached, and the answer is "not found" either way.
            return Decision.deny(null, "no-such-resource");
        }
        return decision;
    }

    /** The uploader sees their picture; others when they may read a sheet that shows it. */
    private Decision picture(Account account, String pictureId) {
        var picture = preparation.pictureDetails(pictureId);
        if (picture.isEmpty()) {
            return Decision.deny(null, "no-such-resource");
        }
        List<String> meetings = preparation.meetingsShowing(pictureId);
        for (String meetingId : meetings) {
            Decision decision = decide(account, ResourceKind.PREPARATION_MEETING, meetingId, Part.PREPARATION_SHEET,
                    Operation.READ);
            if (decision.allowed()) {
                return decision;
            }
        }
        String citizenId = meetings.isEmpty() ? null
                : preparation.citizenOfMeeting(meetings.get(0)).orElse(null);
        if (account.id().equals(picture.get().created().by())) {
            return Decision.allow(citizenId, "uploader");
        }
        return Decision.deny(citizenId, "no-relationship");
    }

    /** The citizen the resource belongs to, read as a projection (the resource itself is not read). */
    private Optional<String> citizenOf(ResourceKind kind, String id) {
        return switch (kind) {
            case CITIZEN -> Optional.of(id);
            case PLAN -> plans.citizenOfPlan(id);
            case CYCLE -> cycles.citizenOfCycle(id);
            case GOAL -> plans.citizenOfGoal(id);
            case PREPARATION_MEETING -> preparation.citizenOfMeeting(id);
            case PICTURE -> Optional.empty();
        };
    }

    private static List<String> offersOf(Plan plan, String goalId) {
        return plan.goals().stream().filter(g -> g.id().equals(goalId)).findFirst().map(Goal::offerIds)
                .orElse(List.of());
    }

    /** Only the grants that can matter for this account: its own, and its teams' for a caseworker. */
    private List<Grant> grantsOf(Account account, String citizenId) {
        return switch (account.role()) {
            case OFFER_MANAGER, CONTACT_PERSON, ADMINISTRATOR -> List.of();
            default -> store.ofCitizen(citizenId);
        };
    }

    private Set<String> teamsIfCaseworker(Account account) {
        return account.role() == Role.CASEWORKER ? store.teamsOf(account.id()) : Set.of();
    }

    @Override
    public boolean may(Account account, Undertaking undertaking) {
        Role role = account.role();
        return switch (undertaking) {
            case SEARCH_CITIZENS -> role != Role.ADMINISTRATOR && role != Role.PEER_GUIDE;
            case REGISTER_CITIZENS, REGISTER_PREPARATION_MEETINGS -> role == Role.CASEWORKER;
            case UPLOAD_PICTURES -> role == Role.CASEWORKER || role == Role.CITIZEN || role == Role.PEER_GUIDE;
        };
    }

    @Override
    public Predicate<Citizen> visibleTo(Account account) {
        return switch (account.role()) {
            case OFFER_MANAGER, CONTACT_PERSON -> c -> !AccessRules.offersProvidedBy(account.organisation(), c)
                    .isEmpty();
            default -> {
                Set<String> ids = visibleIds(account).orElseThrow();
                yield c -> ids.contains(c.id());
            }
        };
    }

    @Override
    public Optional<Set<String>> visibleIds(Account account) {
        LocalDate today = today();
        return switch (account.role()) {
            case ADMINISTRATOR, PEER_GUIDE -> Optional.of(Set.of());
            case OFFER_MANAGER, CONTACT_PERSON -> Optional.empty();
            case CASEWORKER -> {
                Set<String> ids = new HashSet<>();
                store.ofAccount(account.id()).stream()
                        .filter(g -> g.kind() == GrantKind.CASEWORKER && g.holdsOn(today))
                        .forEach(g -> ids.add(g.citizenId()));
                Set<String> teams = store.teamsOf(account.id());
                if (!teams.isEmpty()) {
                    store.ofTeams(teams).stream().filter(g -> g.holdsOn(today)).forEach(g -> ids.add(g.citizenId()));
                }
                yield Optional.of(Set.copyOf(ids));
            }
            case CITIZEN, RELATIVE -> {
                GrantKind kind = account.role() == Role.CITIZEN ? GrantKind.CITIZEN_ACCOUNT
                        : GrantKind.RELATIVE_CONSENT;
                Set<String> ids = new HashSet<>();
                store.ofAccount(account.id()).stream().filter(g -> g.kind() == kind && g.holdsOn(today))
                        .forEach(g -> ids.add(g.citizenId()));
                yield Optional.of(Set.copyOf(ids));
            }
        };
    }

    // --- Recording relationships -----------------------------------------------------------------------------

    @Override
    public List<Grant> grantsOf(String citizenId) {
        return store.ofCitizen(citizenId);
    }

    @Override
    public Grant grant(Account by, String citizenId, NewGrant grant) {
        if (citizens.find(citizenId).isEmpty()) {
            throw new NotFoundException("citizen", citizenId);
        }
        List<Violation> violations = new ArrayList<>();
        if (grant == null || grant.kind() == null) {
            throw new ValidationException(List.of(Violation.of("kind", "required")));
        }
        GrantKind kind = grant.kind();
        String team = null;
        String meetingId = null;
        Set<Part> parts = Set.of();
        String accountId = null;
        switch (kind) {
            case TEAM -> team = teamName("team", grant.team(), violations);
            case CASEWORKER -> accountId = account(grant, Role.CASEWORKER, violations);
            case CITIZEN_ACCOUNT -> {
                accountId = account(grant, Role.CITIZEN, violations);
                if (accountId != null && store.ofAccount(accountId).stream().anyMatch(
                        g -> g.kind() == GrantKind.CITIZEN_ACCOUNT && !g.citizenId().equals(citizenId))) {
                    violations.add(Violation.of("accountId", "accountOfAnotherCitizen"));
                }
            }
            case RELATIVE_CONSENT -> {
                accountId = account(grant, Role.RELATIVE, violations);
                parts = grant.parts() == null ? Set.of() : grant.parts();
                if (parts.isEmpty()) {
                    violations.add(Violation.of("parts", "required"));
                } else if (parts.stream().anyMatch(p -> p == null || !p.consentable())) {
                    violations.add(Violation.of("parts", "notConsentable"));
                }
            }
            case PEER_GUIDE_INVITATION -> {
                accountId = account(grant, Role.PEER_GUIDE, violations);
                meetingId = grant.preparationMeetingId();
                if (meetingId == null || meetingId.isBlank()) {
                    violations.add(Violation.of("preparationMeetingId", "required"));
                } else if (preparation.citizenOfMeeting(meetingId).filter(citizenId::equals).isEmpty()) {
                    violations.add(Violation.of("preparationMeetingId", "unknownPreparationMeeting"));
                }
            }
        }
        if (grant.validUntil() != null && grant.validUntil().isBefore(today())) {
            violations.add(Violation.of("validUntil", "inThePast"));
        }
        if (violations.isEmpty()) {
            String account = accountId;
            String teamName = team;
            String meeting = meetingId;
            boolean again = store.ofCitizen(citizenId).stream().anyMatch(g -> g.kind() == kind
                    && java.util.Objects.equals(g.accountId(), account) && java.util.Objects.equals(g.team(), teamName)
                    && java.util.Objects.equals(g.preparationMeetingId(), meeting));
            if (again) {
                violations.add(Violation.of("kind", "alreadyGranted"));
            }
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        Grant made = new Grant(UUID.randomUUID().toString(), citizenId, kind, accountId, team, meetingId, parts,
                grant.validUntil(), by.id(), Instant.now(clock));
        store.insert(made);
        return made;
    }

    /** The account the grant names by id or by username, of the role its kind needs. */
    private String account(NewGrant grant, Role role, List<Violation> violations) {
        boolean byName = (grant.accountId() == null || grant.accountId().isBlank()) && grant.username() != null
                && !grant.username().isBlank();
        String field = byName ? "username" : "accountId";
        if (!byName && (grant.accountId() == null || grant.accountId().isBlank())) {
            violations.add(Violation.of("accountId", "required"));
            return null;
        }
        Optional<Account> account = byName
                ? accounts.accounts().stream()
                        .filter(a -> a.username().equalsIgnoreCase(grant.username().strip())).findFirst()
                : accounts.find(grant.accountId());
        account = account.filter(a -> a.role() == role);
        if (account.isEmpty()) {
            violations.add(Violation.of(field, "accountRole." + role.name().toLowerCase(java.util.Locale.ROOT)));
            return null;
        }
        return account.get().id();
    }

    private static String teamName(String field, String name, List<Violation> violations) {
        if (name == null || name.isBlank()) {
            violations.add(Violation.of(field, "required"));
            return null;
        }
        String team = name.strip();
        if (team.length() > TEAM_NAME_MAX) {
            violations.add(Violation.of(field, "tooLong", TEAM_NAME_MAX));
            return null;
        }
        if (team.chars().anyMatch(Character::isISOControl)) {
            violations.add(Violation.of(field, "controlCharacters"));
            return null;
        }
        return team;
    }

    @Override
    public Grant registered(Account caseworker, String citizenId) {
        return grant(caseworker, citizenId, new NewGrant(GrantKind.CASEWORKER, caseworker.id(), null, null, null, null,
                null));
    }

    @Override
    public void revoke(Account by, String citizenId, String grantId) {
        List<Grant> grants = store.ofCitizen(citizenId);
        Grant grant = grants.stream().filter(g -> g.id().equals(grantId)).findFirst()
                .orElseThrow(() -> new NotFoundException("relationship", grantId));
        boolean caseload = grant.kind() == GrantKind.CASEWORKER || grant.kind() == GrantKind.TEAM;
        if (caseload && grants.stream().filter(g -> g.kind() == GrantKind.CASEWORKER || g.kind() == GrantKind.TEAM)
                .count() == 1) {
            // A citizen in nobody's caseload could be reached by no caseworker again.
            throw new ValidationException(List.of(Violation.of("grantId", "lastCaseload")));
        }
        if (!store.delete(citizenId, grantId)) {
            throw new NotFoundException("relationship", grantId);
        }
    }

    @Override
    public Set<String> teamsOf(String accountId) {
        return store.teamsOf(accountId);
    }

    @Override
    public Set<String> setTeams(String accountId, Set<String> teams) {
        if (accounts.find(accountId).isEmpty()) {
            throw new NotFoundException("account", accountId);
        }
        List<Violation> violations = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        int index = 0;
        for (String team : teams == null ? Set.<String>of() : teams) {
            String name = teamName("teams[" + index++ + "]", team, violations);
            if (name != null) {
                names.add(name);
            }
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        store.setTeams(accountId, names);
        return store.teamsOf(accountId);
    }
}
