package dk.borgerplan.distribution.randers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import aQute.bnd.osgi.Builder;
import aQute.bnd.osgi.Jar;

/**
 * A method plugin written and built by this test — compiled against the method SPI and made a bundle by bnd with
 * its DS annotations, as the build makes every bundle — installed into a running Randers distribution by dropping it
 * into addons/, updated to a new version, and removed: its contributions appear, change and go, while Randers'
 * method stays and a plan made while it was there is still served.
 */
class MethodPluginHotDeployIT {

    @TempDir
    Path installation;
    @TempDir
    Path work;

    @Test
    void aPluginComesChangesAndGoesWhileThePlatformRuns() throws Exception {
        try (RunningDistribution server = RunningDistribution.start(installation)) {
            Api api = server.api();
            Path addons = installation.resolve("addons");
            assertEquals(List.of("randers"), methodIds(api));

            drop(plugin("1.0.0", "Prøvemetoden", ""), addons);
            await(api, "/api/methods", m -> m.toString().contains("Prøvemetoden"), "the plugin's method appears");
            assertEquals(List.of("proeve", "randers"), methodIds(api));
            String citizen = api.post("/api/citizens", "{\"name\": \"Testborger Prøve\"}", null, 201).json().path("id")
                    .asText();
            String plan = api.post("/api/citizens/" + citizen + "/plans", "{\"purpose\": \"Formål\", \"goals\": [{"
                    + "\"text\": \"Jeg går en tur\", \"currentScore\": {\"value\": 2}, \"expectedScore\": {\"value\": 1}}]}",
                    null, 201).json().path("id").asText();

            // A new version: its new name, a question guide, a sheet and a plan section with a rule of its own.
            drop(plugin("1.1.0", "Prøvemetoden, ny udgave", GUIDE + SHEET_AND_SECTION), addons);
            JsonNode methods = await(api, "/api/methods", m -> m.toString().contains("Prøvemetoden, ny udgave"),
                    "the new version serves");
            JsonNode guides = await(api, "/api/guides", g -> g.toString().contains("\"source\":\"proeve\""),
                    "the new version's guide");
            assertTrue(guides.toString().contains("Hvad er vigtigt for dig i dag?"));
            JsonNode proeve = methods.get(0);
            assertEquals("humoer", proeve.path("sheets").get(0).path("id").asText());
            assertTrue(proeve.path("sheets").get(0).path("pictograms").asBoolean());
            assertEquals("dagbog", proeve.path("sections").get(0).path("id").asText());

            String cycle = api.get("/api/plans/" + plan).json().path("cycleId").asText();
            String diary = "/api/cycles/" + cycle + "/sections/proeve/dagbog";
            String sameDay = "{\"entries\": [{\"dato\": \"2026-05-01\", \"ord\": \"Jeg gik en tur\"},"
                    + " {\"dato\": \"2026-05-01\", \"ord\": \"Igen\"}]}";
            assertEquals("entries[1].dato", api.call("PUT", diary, sameDay, "\"0\"", 400).json().path("errors").get(0)
                    .path("field").asText(), "the plugin's own rule is asked");
            api.call("PUT", diary, "{\"entries\": [{\"dato\": \"2026-05-01\", \"ord\": \"Jeg gik en tur\"}]}", "\"0\"",
                    200);
            api.call("PUT", "/api/cycles/" + cycle + "/sections/proeve/sheet-humoer",
                    "{\"entries\": [{\"glad\": \"Ja, i dag\"}]}", "\"0\"", 200);

            Files.delete(addons.resolve("dk.borgerplan.method.proeve.jar"));
            await(api, "/api/methods", m -> !m.toString().contains("proeve"), "the plugin is gone");
            assertEquals(List.of("randers"), methodIds(api));
            assertTrue(!api.get("/api/guides").json().toString().contains("\"source\":\"proeve\""));
            assertEquals("Jeg går en tur", api.get("/api/plans/" + plan).json().path("goals").get(0).path("text")
                    .asText(), "the plan made while it was there is still served");
            JsonNode kept = api.get(diary).json();
            assertEquals("Jeg gik en tur", kept.path("entries").get(0).path("ord").asText(),
                    "what was written in its section stays readable");
            assertEquals("Ja, i dag", api.get("/api/cycles/" + cycle + "/sections/proeve/sheet-humoer").json()
                    .path("entries").get(0).path("glad").asText(), "and so do the answers to its sheet");
            api.call("PUT", diary, "{\"entries\": []}", "\"1\"", 404);
            assertEquals("UP", api.get("/api/health").json().path("status").asText());
        }
    }

    private static final String GUIDE = """
                @Override
                public java.util.List<dk.borgerplan.method.Guide> guides() {
                    return java.util.List.of(new dk.borgerplan.method.Guide("start", dk.borgerplan.method.Phase.DRAFT,
                            null, Text.of("Første spørgsmål", "First question"), Text.of("Til mødet.", "For the meeting."),
                            java.util.List.of(new dk.borgerplan.method.GuideItem("open", Text.of("Åbent", "Open"),
                                    Text.of("Hvad er vigtigt for dig i dag?", "What matters to you today?"),
                                    java.util.List.of()))));
                }
            """;

    private static final String SHEET_AND_SECTION = """
                @Override
                public java.util.List<dk.borgerplan.method.Sheet> sheets() {
                    return java.util.List.of(new dk.borgerplan.method.Sheet("humoer", Phase.DRAFT, null,
                            Text.of("Humør", "Mood"), Text.of("Hvordan har du det?", "How are you?"),
                            java.util.List.of(new dk.borgerplan.method.SheetPrompt("glad",
                                    Text.of("Er du glad?", "Are you happy?"), "resource.smiley"))));
                }

                @Override
                public java.util.List<dk.borgerplan.method.PlanSection> sections() {
                    return java.util.List.of(new dk.borgerplan.method.PlanSection("dagbog", Phase.DRAFT,
                            Text.of("Dagbog", "Diary"), Text.of("Hvad skete der?", "What happened?"), 0, java.util.List.of(
                                    new dk.borgerplan.method.SectionField("dato", Text.of("Dato", "Date"),
                                            dk.borgerplan.method.FieldKind.DATE, true, java.util.List.of()),
                                    new dk.borgerplan.method.SectionField("ord", Text.of("Ord", "Words"),
                                            dk.borgerplan.method.FieldKind.WORDS_AS_SAID, true, java.util.List.of()))));
                }

                /** One entry a day. */
                @Override
                public java.util.List<dk.borgerplan.method.EntryProblem> check(String section,
                        java.util.List<dk.borgerplan.method.SectionEntry> entries) {
                    java.util.List<dk.borgerplan.method.EntryProblem> problems = new java.util.ArrayList<>();
                    java.util.Set<String> days = new java.util.HashSet<>();
                    for (int i = 0; i < entries.size(); i++) {
                        if (!days.add(entries.get(i).value("dato").orElse(""))) {
                            problems.add(new dk.borgerplan.method.EntryProblem(i, "dato",
                                    Text.of("Én gang om dagen", "Once a day")));
                        }
                    }
                    return problems;
                }
            """;

    /** Writes, compiles and bundles the plugin's one class; returns the jar. */
    private Path plugin(String version, String name, String extra) throws Exception {
        Path source = work.resolve(version).resolve("src/dk/borgerplan/method/proeve/ProeveMethod.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, """
                package dk.borgerplan.method.proeve;

                import java.util.List;

                import org.osgi.service.component.annotations.Component;

                import dk.borgerplan.method.FixedMethod;
                import dk.borgerplan.method.Method;
                import dk.borgerplan.method.MethodId;
                import dk.borgerplan.method.MethodPhase;
                import dk.borgerplan.method.Phase;
                import dk.borgerplan.platform.Text;

                @Component(service = Method.class)
                @MethodId("proeve")
                public class ProeveMethod extends FixedMethod {
                    public ProeveMethod() {
                        super("proeve", Text.of("%s", "Trial method"), Text.of("En metode til prøve.", "A trial."),
                                List.of(new MethodPhase(Phase.DRAFT, Text.of("Mødet", "The meeting"),
                                        Text.of("Vi mødes.", "We meet."))));
                    }
                %s
                }
                """.formatted(name, extra));
        Path classes = Files.createDirectories(work.resolve(version).resolve("classes"));
        List<String> classpath = new ArrayList<>();
        for (String jar : new String[] {"dk.borgerplan.method-", "dk.borgerplan.platform-",
                "org.osgi.service.component.annotations-", "org.osgi.annotation.versioning-"}) {
            classpath.add(onClasspath(jar));
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int result = javac.run(null, null, null, "-d", classes.toString(), "--release", "17", "-classpath",
                String.join(File.pathSeparator, classpath), source.toString());
        assertEquals(0, result, "the plugin compiles");
        Path jar = work.resolve(version).resolve("dk.borgerplan.method.proeve.jar");
        try (Builder bnd = new Builder()) {
            bnd.setProperty("Bundle-SymbolicName", "dk.borgerplan.method.proeve");
            bnd.setProperty("Bundle-Version", version);
            bnd.setProperty("Private-Package", "dk.borgerplan.method.proeve");
            bnd.setProperty("-dsannotations", "*");
            bnd.addClasspath(classes.toFile());
            for (String entry : classpath) {
                bnd.addClasspath(new File(entry));
            }
            Jar built = bnd.build();
            assertEquals(List.of(), bnd.getErrors(), "bnd builds the plugin");
            assertNotNull(built.getResource("OSGI-INF/dk.borgerplan.method.proeve.ProeveMethod.xml"),
                    "DS metadata made from the annotations");
            assertEquals(null, built.getManifest().getMainAttributes().getValue("Export-Package"), "exports nothing");
            built.write(jar.toFile());
        }
        return jar;
    }

    private static String onClasspath(String prefix) {
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (new File(entry).getName().startsWith(prefix) && entry.endsWith(".jar")) {
                return entry;
            }
        }
        return fail(prefix + "*.jar is not on the test classpath");
    }

    /** Moves the jar into addons/ in one step, as an administrator's copy-then-rename does. */
    private static void drop(Path jar, Path addons) throws Exception {
        Path landing = addons.getParent().resolve("proeve-landing.jar");
        Files.copy(jar, landing, StandardCopyOption.REPLACE_EXISTING);
        Files.move(landing, addons.resolve("dk.borgerplan.method.proeve.jar"), StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING);
    }

    private static JsonNode await(Api api, String path, Predicate<JsonNode> until, String what) throws Exception {
        long deadline = System.nanoTime() + 20_000_000_000L;
        JsonNode last = null;
        while (System.nanoTime() < deadline) {
            last = api.get(path).json();
            if (until.test(last)) {
                return last;
            }
            Thread.sleep(100);
        }
        return fail(what + " within 20 s; last answer: " + last);
    }

    private static List<String> methodIds(Api api) {
        List<String> ids = new ArrayList<>();
        api.get("/api/methods").json().forEach(m -> ids.add(m.path("id").asText()));
        return ids;
    }
}
