package dk.borgerplan.distribution.randers;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.inject.Inject;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;

import com.fasterxml.jackson.databind.JsonNode;

import dk.borgerplan.accounts.Role;
import dk.borgerplan.distribution.Http;
import dk.borgerplan.distribution.ResolvedDistribution;

/**
 * The progression report across citizens in the running distribution: a caseworker who may see every citizen gets
 * the counts the store keeps as the data changes, and a plan drawn a moment ago is in them; a caseworker who sees some
 * of the citizens through a team gets only theirs; one who sees fewer than five gets the cell hidden; an offer's
 * manager gets the goals of their organisation's citizens, another provider's manager nothing.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ProgressionReportIT {

    private static final Path HOME = ResolvedDistribution.freshHome("ProgressionReportIT");
    private static final int PORT = ResolvedDistribution.freePort();
    private static final String REPORT = "/api/reports/progression?groupBy=municipality";

    @Configuration
    public Option[] configuration() {
        return ResolvedDistribution.ofThisModule().options(HOME, PORT);
    }

    @Inject
    private BundleContext context;

    @Test
    public void theReportCountsTheCitizensTheUserMaySeeAndEveryPlanAsSoonAsItIsDrawn() throws Exception {
        Http own = Http.of(context);
        own.awaitHealthy(30_000);
        List<String> citizens = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            citizens.add(citizenWithPlan(own, "Testborger Rapport " + i, i <= 5));
        }
        JsonNode everyone = cell(own, "730", 1);
        assertFalse(everyone.toString(), everyone.path("suppressed").asBoolean());
        assertEquals(6, everyone.path("counts").path("citizens").asInt());
        assertEquals(12, everyone.path("counts").path("goals").asInt());

        citizens.add(citizenWithPlan(own, "Testborger Rapport 7", false));
        JsonNode seven = cell(own, "730", 1);
        assertEquals("the plan just drawn counts at once", 7, seven.path("counts").path("citizens").asInt());
        assertEquals(14, seven.path("counts").path("goals").asInt());

        Http team = Http.of(context, Role.CASEWORKER, "Randers Kommune", "team");
        String teamAccount = team.accountId();
        RelationshipMatrixIT.withRelationships(context, r -> r.setTeams(teamAccount, Set.of("Team Rapport")));
        for (String citizen : citizens.subList(0, 5)) {
            Http.Response made = own.post("/api/citizens/" + citizen + "/relationships",
                    "{\"kind\": \"TEAM\", \"team\": \"Team Rapport\"}");
            assertEquals(made.body(), 201, made.status());
        }
        JsonNode teams = cell(team, "730", 1);
        assertFalse(teams.toString(), teams.path("suppressed").asBoolean());
        assertEquals("the team's five, not everyone's seven", 5, teams.path("counts").path("citizens").asInt());
        assertEquals(10, teams.path("counts").path("goals").asInt());

        Http few = Http.of(context, Role.CASEWORKER, "Randers Kommune", "few");
        for (String citizen : citizens.subList(0, 2)) {
            Http.Response made = own.post("/api/citizens/" + citizen + "/relationships",
                    "{\"kind\": \"CASEWORKER\", \"accountId\": \"" + few.accountId() + "\"}");
            assertEquals(made.body(), 201, made.status());
        }
        JsonNode small = cell(few, "730", 1);
        assertTrue(small.toString(), small.path("suppressed").asBoolean());
        assertTrue(small.toString(), small.path("counts").isNull() || small.path("counts").isMissingNode());

        // The offer's manager: the five citizens with an offer of Randers Kommune, their goals (no goal names an
        // offer, so each is every offer's).
        Http offer = Http.of(context, Role.OFFER_MANAGER, "Randers Kommune", "leder");
        JsonNode offers = cell(offer, "730", 1);
        assertFalse(offers.toString(), offers.path("suppressed").asBoolean());
        assertEquals(5, offers.path("counts").path("citizens").asInt());
        assertEquals(10, offers.path("counts").path("goals").asInt());
        JsonNode byOffer = cell(offer, "randers kommune|bostedet engen", 1, "offer");
        assertEquals(5, byOffer.path("counts").path("citizens").asInt());
        Http elsewhere = Http.of(context, Role.OFFER_MANAGER, "Et andet bosted", "andet");
        Http.Response none = elsewhere.get(REPORT);
        assertEquals(none.body(), 200, none.status());
        assertEquals(none.body(), 0, none.json().path("groups").size());
    }

    /** A citizen of Randers with a plan of two goals in the first cycle, drawn at the plan meeting. */
    private static String citizenWithPlan(Http http, String name, boolean withOffer) {
        Http.Response citizen = http.post("/api/citizens", "{\"name\": \"" + name + "\", \"actingMunicipality\": \"730\","
                + " \"payingMunicipality\": \"730\"" + (withOffer ? ", \"offers\": [{\"kind\": \"RESIDENTIAL\","
                        + " \"name\": \"Bostedet Engen\", \"provider\": \"Randers Kommune\"}]" : "") + "}");
        assertEquals(citizen.body(), 201, citizen.status());
        String path = "/api/citizens/" + citizen.json().path("id").asText();
        Http.Response cycle = http.post(path + "/cycles", null);
        assertEquals(cycle.body(), 201, cycle.status());
        Http.Response moved = http.send("POST", "/api/cycles/" + cycle.json().path("id").asText() + "/transitions",
                "{\"to\": \"PLAN_MEETING\"}", Map.of("Content-Type", "application/json", "If-Match",
                        cycle.header("ETag")));
        assertEquals(moved.body(), 200, moved.status());
        Http.Response plan = http.post(path + "/plans", """
                {"purpose": "Jeg vil klare mere selv",
                 "goals": [
                   {"text": "Jeg laver selv aftensmad", "type": "DEVELOP",
                    "currentScore": {"value": 3}, "expectedScore": {"value": 2}},
                   {"text": "Jeg holder fast i mit arbejde", "type": "MAINTAIN",
                    "currentScore": {"value": 1}, "expectedScore": {"value": 1}}]}""");
        assertEquals(plan.body(), 201, plan.status());
        return citizen.json().path("id").asText();
    }

    private static JsonNode cell(Http http, String group, int cycle) {
        return cell(http, group, cycle, "municipality");
    }

    private static JsonNode cell(Http http, String group, int cycle, String groupBy) {
        Http.Response report = http.get("/api/reports/progression?groupBy=" + groupBy);
        assertEquals(report.body(), 200, report.status());
        for (JsonNode row : report.json().path("groups")) {
            if (group.equals(row.path("key").asText())) {
                for (JsonNode cell : row.path("cycles")) {
                    if (cell.path("cycleNumber").asInt() == cycle) {
                        return cell;
                    }
                }
            }
        }
        throw new AssertionError("no cell for " + group + " in cycle " + cycle + ": " + report.body());
    }
}
