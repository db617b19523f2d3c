package dk.borgerplan.method.aarhus;

import java.nio.file.Path;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import dk.borgerplan.guides.EditableContent;
import dk.borgerplan.method.EntryProblem;
import dk.borgerplan.method.FixedMethod;
import dk.borgerplan.method.MethodContent;
import dk.borgerplan.method.Method;
import dk.borgerplan.method.MethodId;
import dk.borgerplan.method.MethodPhase;
import dk.borgerplan.method.Phase;
import dk.borgerplan.method.SectionEntry;
import dk.borgerplan.method.SummaryLine;
import dk.borgerplan.platform.PlatformHome;
import dk.borgerplan.platform.Text;

/**
 * The method of Aarhus Kommune, "Livsmester".
 *
 * <p>The texts follow the seed documents' own words (seed 003). They live here, not in the SPI, so that
 * changing a method's wording means updating this bundle only.
 */
@Component(service = Method.class)
@MethodId(AarhusMethod.ID)
public class AarhusMethod extends FixedMethod {

    static final String ID = "aarhus";

    private static final Text NAME = Text.of("Livsmester", "Livsmester (Master of Your Life)");

    private static final Text DESCRIPTION = Text.of(
            "Aarhus Kommunes projekt, hvor det er borgerens ønsker, håb, drømme og mål i livet, der er i centrum i samspillet i og omkring handleplansprocessen. " +
            "Medarbejderne arbejder i tilgangen Åben Dialog med borgeren og det private netværk, understøttet af visuelle dialogredskaber (ASK – alternativ supplerende kommunikation). " +
            "Medborgerguider giver borger-til-borger-følgeskab, og livsmestermidler (borgerbudgetter) giver plads til at afprøve nye indsatser.",
            "Aarhus Municipality's project in which the citizen's wishes, hopes, dreams and goals in life are at the centre of everything in and around the action plan process. " +
            "Staff work with the citizen and their private network in the Open Dialogue approach, supported by visual dialogue tools (AAC – augmentative and alternative communication). " +
            "Peer guides offer citizen-to-citizen companionship, and citizen budgets (livsmestermidler) make room to try out new kinds of support.");

    private static final List<MethodPhase> PHASES = List.of(
            new MethodPhase(Phase.PREPARE,
                    Text.of("Øvebaner med medborgerguider", "Practice with peer guides"),
                    Text.of("Før mødet øver borgeren sig sammen med medarbejdere og medborgerguider, der med afsæt i egen erfaringsekspertise giver borger-til-borger-følgeskab. " +
                            "Visuelle dialogredskaber hjælper borgeren med at udtrykke sine ønsker, håb og drømme.",
                            "Before the meeting the citizen practises with staff and peer guides, who offer citizen-to-citizen companionship from their own lived experience. " +
                            "Visual dialogue tools help the citizen express wishes, hopes and dreams.")),
            new MethodPhase(Phase.DRAFT,
                    Text.of("Åben Dialog med borger og netværk", "Open Dialogue with the citizen and their network"),
                    Text.of("Handleplanen udarbejdes i en åben dialog mellem borgeren, det private netværk og medarbejderne, med borgerens ønsker og mål i centrum. " +
                            "Fælles billeder og alternativ supplerende kommunikation (ASK) støtter forskellige udtryksformer og ligeværdighed i samspillet.",
                            "The action plan is drafted in an open dialogue between the citizen, their private network and staff, with the citizen's wishes and goals at the centre. " +
                            "Shared pictures and augmentative and alternative communication (AAC) support different ways of expressing oneself and equality in the conversation.")),
            new MethodPhase(Phase.USE,
                    Text.of("Afprøvning med livsmestermidler", "Trying things out with citizen budgets"),
                    Text.of("Med livsmestermidler (borgerstyrede budgetter) afprøver borgeren nye indsatser og handlemuligheder, der tager afsæt i borgerens egne ønsker og mål. " +
                            "Medborgerguider kan følge borgeren på vej mod livsmestring.",
                            "With citizen budgets (livsmestermidler) the citizen tries out new kinds of support and options that start from their own wishes and goals. " +
                            "Peer guides can accompany the citizen on the way towards mastering life.")),
            new MethodPhase(Phase.RENEW,
                    Text.of("Opfølgning i Åben Dialog", "Follow-up in Open Dialogue"),
                    Text.of("Borger, netværk og medarbejdere følger i åben dialog op på, hvad borgeren har afprøvet, og justerer handleplanen efter borgerens nye ønsker, håb og drømme. " +
                            "Medborgerguider støtter også efter mødet.",
                            "The citizen, their network and staff follow up in open dialogue on what the citizen has tried, and adjust the action plan to the citizen's new wishes, hopes and dreams. " +
                            "Peer guides support after the meeting too.")));

    /** Guides, the visual dialogue sheets and the sections; the municipality's wording in etc/methods/aarhus.json. */
    static final String CONTENT = "/method/aarhus.json";
    static final String CONTENT_OVERRIDE = "etc/methods/aarhus.json";

    private final EditableContent content;

    @Activate
    public AarhusMethod(@Reference PlatformHome home) {
        this(home.resolve(CONTENT_OVERRIDE));
    }

    /** With the shipped content only. */
    public AarhusMethod() {
        this((Path) null);
    }

    AarhusMethod(Path contentOverride) {
        super(ID, NAME, DESCRIPTION, PHASES);
        this.content = new EditableContent(AarhusMethod.class, CONTENT, contentOverride);
    }

    @Override
    protected MethodContent content() {
        return content.content();
    }

    @Override
    public List<String> preferredScales() {
        return List.of("fko");
    }

    @Override
    public List<EntryProblem> check(String sectionId, List<SectionEntry> entries) {
        return CitizenBudgetLedger.SECTION.equals(sectionId) ? CitizenBudgetLedger.check(entries) : List.of();
    }

    @Override
    public List<SummaryLine> summarize(String sectionId, List<SectionEntry> entries) {
        return CitizenBudgetLedger.SECTION.equals(sectionId) ? CitizenBudgetLedger.summarize(entries) : List.of();
    }
}
