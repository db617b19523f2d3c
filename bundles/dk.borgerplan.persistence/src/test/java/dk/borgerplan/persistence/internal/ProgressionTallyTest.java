package dk.borgerplan.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.borgerplan.access.Grant;
import dk.borgerplan.access.GrantKind;
import dk.borgerplan.method.SectionEntry;
import dk.borgerplan.plan.Citizen;
import dk.borgerplan.plan.CycleStage;
import dk.borgerplan.plan.Goal;
import dk.borgerplan.plan.GoalReview;
import dk.borgerplan.plan.GoalStatus;
import dk.borgerplan.plan.GoalType;
import dk.borgerplan.plan.Offer;
import dk.borgerplan.plan.OfferKind;
import dk.borgerplan.plan.Plan;
import dk.borgerplan.plan.PlanCycle;
import dk.borgerplan.plan.PlanLook;
import dk.borgerplan.plan.ProgressionGrouping;
import dk.borgerplan.plan.ProgressionScope;
import dk.borgerplan.plan.ReviewOutcome;
import dk.borgerplan.plan.Score;
import dk.borgerplan.plan.SectionRecord;
import dk.borgerplan.plan.Stamp;
import dk.borgerplan.plan.ThemeUse;
import dk.borgerplan.plan.spi.ProgressionStore.ProgressionCounts;
import dk.borgerplan.themes.ThemeRef;

/**
 * The counts kept as the data changes ({@link ProgressionTally}) against the counts grouped from the goals, on the
 * database of the run: after writes through the stores, after changes of every kind that moves a goal between groups,
 * a day later when team relationships have ended, and with writers and recounts running at the same time.
 */
class ProgressionTallyTest {

    private static final Stamp STAMP = new Stamp("tester", Instant.parse("2026-11-22T10:00:00Z"));
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final String[][] OFFERS = { { "Bostedet Åen", "Randers Kommune" }, { "Værkstedet", "Randers Kommune" },
        { "Bostedet Åen", "Privat Udbyder" }, { "Kraftcentret", null } };
    private static final String[] THEMES = { "egenomsorg", "mobilitet", "samfundsliv" };
    private static final String[] TEAMS = { "Team Nord", "Team Syd" };
    private static final String[] METHODS = { "randers", "aarhus" };

    @TempDir
    Path data;

    private StoreDatabase database;
    private JpaPlanStore plans;
    private JpaGrantStore grants;
    private JpaSectionStore sections;
    private JpaProgressionStore store;
    private final Random random = new Random(41);
    private final List<Citizen> citizens = new ArrayList<>();
    private final Map<String, List<PlanCycle>> cycles = new HashMap<>();
    private final List<Plan> stored = new ArrayList<>();
    private final List<Grant> teamGrants = new ArrayList<>();

    @BeforeEach
    void open() throws Exception {
        database = TestDatabases.open(data);
        plans = new JpaPlanStore(database);
        grants = new JpaGrantStore(database);
        sections = new JpaSectionStore(database);
        store = new JpaProgressionStore(database, null);
    }

    @AfterEach
    void close() {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void theCountsKeptAsTheDataChangesAreTheCountsGroupedFromTheGoals() {
        for (int i = 0; i < 30; i++) {
            citizenWithHistory();
        }
        assertSameCounts(TODAY);
        assertEquals(0, store.tally().catchUp(TODAY), "nothing waits after a report");

        // Scores reviewed and changed, offers and municipalities changed, teams given and ended, sections written,
        // new cycles planned.
        for (int i = 0; i < 15; i++) {
            Plan plan = stored.get(random.nextInt(stored.size()));
            Plan current = plans.plan(plan.id()).orElseThrow();
            plans.updatePlan(withGoals(current, goals(current.citizenId())), current.version());
        }
        for (int i = 0; i < 8; i++) {
            Citizen citizen = plans.citizen(citizens.get(random.nextInt(citizens.size())).id()).orElseThrow();
            plans.updateCitizen(new Citizen(citizen.id(), citizen.name(), null, Set.of(),
                    random.nextBoolean() ? "740" : null, null, offers(), List.of(), PlanLook.COLOURFUL, false,
                    citizen.version(), STAMP, STAMP), citizen.version());
        }
        for (int i = 0; i < 5; i++) {
            Grant grant = teamGrants.remove(random.nextInt(teamGrants.size()));
            assertTrue(grants.delete(grant.citizenId(), grant.id()));
        }
        for (int i = 0; i < 5; i++) {
            Citizen citizen = citizens.get(random.nextInt(citizens.size()));
            team(citizen, TODAY.plusDays(random.nextInt(3)));
            section(cycles.get(citizen.id()).get(0), METHODS[random.nextInt(METHODS.length)]);
        }
        for (int i = 0; i < 5; i++) {
            Citizen citizen = citizens.get(random.nextInt(citizens.size()));
            PlanCycle next = cycle(citizen, cycles.get(citizen.id()).size() + 1);
            stored.add(plans.insertPlan(newPlan(citizen, next)));
        }
        assertSameCounts(TODAY);

        // Days later, the relationships that ended meanwhile no longer count: no write said so.
        assertSameCounts(TODAY.plusDays(1));
        assertSameCounts(TODAY.plusDays(5));
    }

    @Test
    void aReportDoesNotWaitForALongRecountButGroupsTheGoals() {
        for (int i = 0; i < 6; i++) {
            citizenWithHistory();
        }
        assertSameCounts(TODAY);
        // As after an upgrade or a bulk load: more changes wait than a report recounts before it answers.
        int rounds = JpaProgressionStore.RECOUNT_WHILE_ASKED / citizens.size() + 1;
        for (int i = 0; i < rounds; i++) {
            String round = "r" + i + "-";
            database.write(em -> em.createNativeQuery("INSERT INTO PROGRESSION_CHANGE (ID, CITIZEN_ID)"
                    + " SELECT CAST(? AS VARCHAR(10)) || ID, ID FROM CITIZEN").setParameter(1, round).executeUpdate());
        }
        Plan plan = plans.plan(stored.get(0).id()).orElseThrow();
        plans.updatePlan(withGoals(plan, goals(plan.citizenId())), plan.version());
        ProgressionCounts answered = store.counts(ProgressionGrouping.THEME, ProgressionScope.everyone(), TODAY);
        assertEquals(List.of(), difference(store.grouped(ProgressionGrouping.THEME, ProgressionScope.everyone(), TODAY)
                .goals(), answered.goals()), "the changed plan is in the answer");
        assertTrue(store.tally().waiting(Integer.MAX_VALUE) > JpaProgressionStore.RECOUNT_WHILE_ASKED,
                "left to the background");
        assertEquals(citizens.size(), store.tally().catchUp(TODAY));
        assertEquals(0, store.tally().waiting(Integer.MAX_VALUE));
        assertSameCounts(TODAY);
    }

    @Test
    void aReportIsAnsweredFromTheGoalsWhenTheRecountFails() {
        for (int i = 0; i < 4; i++) {
            citizenWithHistory();
        }
        // The recount's turn row gone (a damaged table): every recount fails.
        database.write(em -> em.createNativeQuery("DELETE FROM PROGRESSION_STATE").executeUpdate());
        Plan plan = plans.plan(stored.get(0).id()).orElseThrow();
        plans.updatePlan(withGoals(plan, goals(plan.citizenId())), plan.version());
        for (ProgressionGrouping grouping : ProgressionGrouping.values()) {
            ProgressionCounts answered = store.counts(grouping, ProgressionScope.everyone(), TODAY);
            assertEquals(List.of(), difference(store.grouped(grouping, ProgressionScope.everyone(), TODAY).goals(),
                    answered.goals()), grouping.name());
        }
        assertTrue(store.tally().waiting(1) > 0, "the changes wait for a recount that works");
    }

    @Test
    void writersAndRecountsAtTheSameTimeLoseNoCount() throws Exception {
        for (int i = 0; i < 12; i++) {
            citizenWithHistory();
        }
        assertSameCounts(TODAY);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        List<Future<?>> running = new ArrayList<>();
        for (int writer = 0; writer < 2; writer++) {
            int seed = writer;
            running.add(threads.submit(() -> {
                Random own = new Random(seed);
                for (int i = 0; i < 25; i++) {
                    Plan plan = stored.get(own.nextInt(stored.size()));
                    Plan current = plans.plan(plan.id()).orElseThrow();
                    try {
                        plans.updatePlan(withGoals(current, goals(current.citizenId())), current.version());
                    } catch (dk.borgerplan.plan.VersionConflictException e) {
                        // The other writer changed it first: a conflict, not a lost update; nothing to count.
                    }
                }
                return null;
            }));
        }
        for (int reader = 0; reader < 2; reader++) {
            running.add(threads.submit(() -> {
                for (int i = 0; i < 15; i++) {
                    store.counts(ProgressionGrouping.values()[i % 5], ProgressionScope.everyone(), TODAY);
                }
                return null;
            }));
        }
        for (Future<?> future : running) {
            future.get(5, TimeUnit.MINUTES);
        }
        threads.shutdown();
        assertSameCounts(TODAY);
    }

    /** Everyone's counts, and each provider's (as an offer's staff see them, "Randers Kommune" in other case too). */
    private void assertSameCounts(LocalDate day) {
        for (ProgressionScope scope : List.of(ProgressionScope.everyone(),
                ProgressionScope.everyone().providedBy("  RANDERS kommune "),
                ProgressionScope.everyone().providedBy("Privat Udbyder"))) {
            assertSameCounts(day, scope);
        }
    }

    private void assertSameCounts(LocalDate day, ProgressionScope scope) {
        for (ProgressionGrouping grouping : ProgressionGrouping.values()) {
            ProgressionCounts kept = store.counts(grouping, scope, day);
            ProgressionCounts grouped = store.grouped(grouping, scope, day);
            assertTrue(!grouped.goals().isEmpty(), grouping + " " + scope);
            assertEquals(List.of(), difference(grouped.goals(), kept.goals()), grouping + " goals on " + day + " " + scope);
            assertEquals(grouped.goals().size(), kept.goals().size(), grouping + " goal rows on " + day);
            assertEquals(List.of(), difference(grouped.citizens(), kept.citizens()), grouping + " citizens on " + day + " " + scope);
        }
    }

    /** The rows in only one of the two, so that a failure names what differs. */
    private static <T> List<T> difference(List<T> expected, List<T> actual) {
        List<T> differing = new ArrayList<>(expected.stream().filter(row -> !actual.contains(row)).toList());
        actual.stream().filter(row -> !expected.contains(row)).forEach(differing::add);
        return differing;
    }

    private void citizenWithHistory() {
        Citizen citizen = plans.insertCitizen(new Citizen(UUID.randomUUID().toString(), "Testborger", null, Set.of(),
                random.nextInt(5) == 0 ? null : "730", null, offers(), List.of(), PlanLook.COLOURFUL, false, 0, STAMP,
                STAMP));
        citizens.add(citizen);
        int years = 1 + random.nextInt(3);
        for (int n = 1; n <= years; n++) {
            PlanCycle cycle = cycle(citizen, n);
            stored.add(plans.insertPlan(newPlan(citizen, cycle)));
            if (random.nextBoolean()) {
                section(cycle, METHODS[random.nextInt(METHODS.length)]);
            }
        }
        if (random.nextInt(4) > 0) {
            team(citizen, random.nextBoolean() ? null : TODAY.plusDays(random.nextInt(4) - 1));
        }
    }

    private List<Offer> offers() {
        List<Offer> offers = new ArrayList<>();
        for (String[] offer : OFFERS) {
            if (random.nextInt(3) == 0) {
                offers.add(new Offer(UUID.randomUUID().toString(), OfferKind.values()[0], offer[0], offer[1], null));
            }
        }
        return offers;
    }

    private PlanCycle cycle(Citizen citizen, int number) {
        PlanCycle cycle = plans.insertCycle(new PlanCycle(UUID.randomUUID().toString(), citizen.id(), number,
                CycleStage.values()[0], List.of(), 0, STAMP, STAMP));
        cycles.computeIfAbsent(citizen.id(), c -> new ArrayList<>()).add(cycle);
        return cycle;
    }

    private void team(Citizen citizen, LocalDate validUntil) {
        Grant grant = new Grant(UUID.randomUUID().toString(), citizen.id(), GrantKind.TEAM, null,
                TEAMS[random.nextInt(TEAMS.length)], null, Set.of(), validUntil, "tester", STAMP.at());
        grants.insert(grant);
        teamGrants.add(grant);
    }

    private void section(PlanCycle cycle, String method) {
        String section = "afsnit-" + random.nextInt(2);
        if (sections.section(cycle.id(), method, section).isEmpty()) {
            sections.save(new SectionRecord(cycle.id(), method, section, List.of(new SectionEntry(Map.of("a", "b"))),
                    List.of(), 0, STAMP, STAMP), 0);
        }
    }

    private Plan newPlan(Citizen citizen, PlanCycle cycle) {
        return new Plan(UUID.randomUUID().toString(), citizen.id(), cycle.id(), "Jeg vil", goals(citizen.id()), null,
                null, null, null, null, null, 1, List.of(), 0, STAMP, STAMP);
    }

    private static Plan withGoals(Plan plan, List<Goal> goals) {
        return new Plan(plan.id(), plan.citizenId(), plan.cycleId(), plan.purpose(), goals, null, null, null, null,
                null, null, plan.revision(), List.of(), plan.version(), plan.created(), STAMP);
    }

    /** One to three goals, some for one of the citizen's offers, some reviewed, some on another scale at review. */
    private List<Goal> goals(String citizenId) {
        List<Offer> offers = plans.citizen(citizenId).orElseThrow().offers();
        List<Goal> goals = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        for (int number = 1; number <= count; number++) {
            int current = random.nextInt(5);
            Integer reviewed = random.nextInt(3) == 0 ? null : random.nextInt(5);
            String reviewScale = random.nextInt(6) == 0 ? "aarhus" : "fko";
            GoalReview review = reviewed == null ? null
                    : new GoalReview(new Score(reviewScale, "1", reviewed), ReviewOutcome.CONTINUE, null, STAMP);
            String theme = THEMES[random.nextInt(THEMES.length)];
            ThemeUse use = random.nextInt(4) == 0 ? null
                    : new ThemeUse(new ThemeRef("ffb", "2.0", theme), "Tema " + theme);
            List<String> offerIds = offers.isEmpty() || random.nextBoolean() ? List.of()
                    : List.of(offers.get(random.nextInt(offers.size())).id());
            goals.add(new Goal(null, null, number, "Jeg mål " + number, null, null, use, null, List.of(),
                    GoalType.values()[random.nextInt(GoalType.values().length)], new Score("fko", "1", current),
                    new Score("fko", "1", Math.max(0, current - random.nextInt(2))), null, null, offerIds,
                    GoalStatus.ACTIVE, null, review));
        }
        return goals;
    }
}
