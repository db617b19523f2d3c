package dk.borgerplan.method.randers;

import java.nio.file.Path;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import dk.borgerplan.guides.EditableContent;
import dk.borgerplan.method.FixedMethod;
import dk.borgerplan.method.MethodContent;
import dk.borgerplan.method.Method;
import dk.borgerplan.method.MethodId;
import dk.borgerplan.method.MethodPhase;
import dk.borgerplan.method.Phase;
import dk.borgerplan.platform.PlatformHome;
import dk.borgerplan.platform.Text;

/**
 * The method of Randers Kommune, "Mit liv – Min plan".
 *
 * <p>The texts follow the seed documents' own words (seeds 003 and 000). They live here, not in the SPI, so that
 * changing a method's wording means updating this bundle only.
 */
@Component(service = Method.class)
@MethodId(RandersMethod.ID)
public class RandersMethod extends FixedMethod {

    static final String ID = "randers";

    private static final Text NAME = Text.of("Mit liv – Min plan", "My Life – My Plan");

    private static final Text DESCRIPTION = Text.of(
            "Randers Kommunes borgerrettede, visuelle udgave af en §141-handleplan til borgere over 18 år med et handicap. " +
            "Den visuelle borgerplan tager afsæt i borgerens håb, drømme og behov, så borgeren bliver en aktiv part og styrkes i sin udvikling mod så selvstændigt et liv som muligt. " +
            "Borgerguider, der har stået i samme situation, kan inspirere og støtte med egne levede erfaringer.",
            "Randers Municipality's citizen-facing, visual version of the §141 action plan for adults with a disability. " +
            "The visual citizen plan starts from the citizen's hopes, dreams and needs, so that the citizen takes an active part and is supported in developing towards as independent a life as possible. " +
            "Citizen guides who have been in the same situation can inspire and support with their own lived experience.");

    private static final List<MethodPhase> PHASES = List.of(
            new MethodPhase(Phase.PREPARE,
                    Text.of("Forberedelsesmøde", "Preparation meeting"),
                    Text.of("Et individuelt eller gruppe-forberedelsesmøde som et refleksionsværksted, hvor borgeren bliver mere bevidst om håb og drømme for eget liv. " +
                            "Borgeren skriver eller tegner dem på forberedelsesarket \"Her er mit liv\", der medbringes til borgerplansmødet; en borgerguide kan give inspiration.",
                            "An individual or group preparation meeting: a reflection workshop where the citizen becomes more aware of hopes and dreams for their own life. " +
                            "The citizen writes or draws them on the preparation sheet \"Her er mit liv\" (This is my life) and brings it to the plan meeting; a citizen guide can offer inspiration.")),
            new MethodPhase(Phase.DRAFT,
                    Text.of("Borgerplansmøde", "Plan meeting"),
                    Text.of("Borger, myndighed, udfører(e) og evt. " +
                            "pårørende udarbejder \"Mit liv – Min plan\" med afsæt i borgerens forberedelsesark. " +
                            "Sammen finder de ud af, hvad der er vigtigst for borgeren, opstiller borgermål og scorer for hvert mål mestringsevnen nu og forventet ved næste møde.",
                            "The citizen, the authority, the provider(s) and any relatives make \"Mit liv – Min plan\" starting from the citizen's preparation sheet. " +
                            "Together they find out what matters most to the citizen, set the citizen's goals and score, for each goal, mastery now and as expected at the next meeting.")),
            new MethodPhase(Phase.USE,
                    Text.of("Opfølgning og målrettet indsats", "Follow-up and targeted effort"),
                    Text.of("Efter borgerplansmødet finder borger og kontaktperson sammen ud af, hvori den socialfaglige indsats skal ligge, og sætter delmål for at sikre en målrettet indsats. " +
                            "Indsatsen støtter borgeren i at nå sine mål frem til næste borgerplansmøde.",
                            "After the plan meeting the citizen and the contact person work out together where the social support should lie, and set sub-goals to keep the effort targeted. " +
                            "The effort supports the citizen in reaching the goals before the next plan meeting.")),
            new MethodPhase(Phase.RENEW,
                    Text.of("Status og nyt borgerplansmøde", "Status and new plan meeting"),
                    Text.of("Et nyt borgerplansmøde, hvor der gøres status på målene og dermed borgerens mestringsevne og støttebehov, efter at den målrettede indsats har været sat ind. " +
                            "Her begynder en ny cyklus.",
                            "A new plan meeting takes stock of the goals, and with them the citizen's mastery and need for support, after the targeted effort. " +
                            "A new cycle starts here.")));

    /** Seed 001's two quick guides (2.5, 2.6) as run-sheets; the municipality's wording in etc/methods/randers.json. */
    static final String CONTENT = "/method/randers.json";
    static final String CONTENT_OVERRIDE = "etc/methods/randers.json";

    private final EditableContent content;

    @Activate
    public RandersMethod(@Reference PlatformHome home) {
        this(home.resolve(CONTENT_OVERRIDE));
    }

    /** With the shipped guides only. */
    public RandersMethod() {
        this((Path) null);
    }

    RandersMethod(Path contentOverride) {
        super(ID, NAME, DESCRIPTION, PHASES);
        this.content = new EditableContent(RandersMethod.class, CONTENT, contentOverride);
    }

    @Override
    protected MethodContent content() {
        return content.content();
    }

    @Override
    public List<String> preferredScales() {
        return List.of("fko");
    }
}
