package dk.borgerplan.method.aalborg;

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
 * The method of Aalborg Kommune, "Drømmeværksted".
 *
 * <p>The texts follow the seed documents' own words (seed 003). They live here, not in the SPI, so that
 * changing a method's wording means updating this bundle only.
 */
@Component(service = Method.class)
@MethodId(AalborgMethod.ID)
public class AalborgMethod extends FixedMethod {

    static final String ID = "aalborg";

    private static final Text NAME = Text.of("Drømmeværksted", "Dream Workshop");

    private static final Text DESCRIPTION = Text.of(
            "Aalborg Kommunes drømmeværksteder understøtter, at borgeren kan finde frem til og formidle de håb og drømme om fremtiden, som er vigtige for borgeren og derfor skal indgå i samarbejdet med kommunens fagpersoner. " +
            "Tre narrative og empowerment-orienterede spørgeguider bringer borgerens fortælling i centrum, understøttet af billedkort, musik og grafisk facilitering.",
            "Aalborg Municipality's dream workshops help the citizen find and express the hopes and dreams for the future that matter to them and should therefore be part of the work with the municipality's professionals. " +
            "Three narrative and empowerment-oriented question guides put the citizen's own story at the centre, supported by picture cards, music and graphic facilitation.");

    private static final List<MethodPhase> PHASES = List.of(
            new MethodPhase(Phase.PREPARE,
                    Text.of("Forberedelse af drømmeværkstedet", "Preparing the dream workshop"),
                    Text.of("Borgeren kan vælge at tage en person med til drømmeværkstedet, og der vælges en af de tre spørgeguider. " +
                            "Medarbejderne gør sig deres egne for-forståelser bevidste.",
                            "The citizen may choose to bring a person to the dream workshop, and one of the three question guides is chosen. " +
                            "Staff become aware of their own preconceptions.")),
            new MethodPhase(Phase.DRAFT,
                    Text.of("Drømmeværksted", "Dream workshop"),
                    Text.of("I drømmeværkstedet finder borgeren frem til sine håb og drømme og sætter SMARTE mål for, hvordan de kan opnås, med en af tre spørgeguider: positionskortet med billedkort, den empowerment-inspirerede tilgang med musik eller HVAD-modellen med grafisk facilitering.",
                            "In the dream workshop the citizen finds their hopes and dreams and sets SMART goals for reaching them, with one of three question guides: the position map with picture cards, the empowerment approach with a piece of music, or the HVAD model with graphic facilitation.")),
            new MethodPhase(Phase.USE,
                    Text.of("Handleplanen som dynamisk redskab", "The action plan as a living tool"),
                    Text.of("Handleplanen er et dynamisk redskab på linje med VUM. " +
                            "Borgeren, borgerens netværk og de kommunale parter samarbejder om en helhedsorienteret indsats mod borgerens mål.",
                            "The action plan is a living tool, on a par with VUM (the adult assessment method). " +
                            "The citizen, their network and the municipality work together on a coordinated effort towards the citizen's goals.")),
            new MethodPhase(Phase.RENEW,
                    Text.of("Opfølgning side om side med VUM", "Follow-up alongside VUM"),
                    Text.of("Handleplanen bruges side om side med VUM i opfølgningerne, hvor målene justeres og nye håb og drømme indarbejdes. " +
                            "Nogle borgere vil med tiden kunne opnå et mindre støttebehov.",
                            "At follow-ups the action plan is used side by side with VUM: goals are adjusted and new hopes and dreams are worked in. " +
                            "Over time some citizens come to need less support.")));

    /** Guides, sheets, card decks and sections; the municipality's wording in etc/methods/aalborg.json. */
    static final String CONTENT = "/method/aalborg.json";
    static final String CONTENT_OVERRIDE = "etc/methods/aalborg.json";

    private final EditableContent content;

    @Activate
    public AalborgMethod(@Reference PlatformHome home) {
        this(home.resolve(CONTENT_OVERRIDE));
    }

    /** With the shipped content only. */
    public AalborgMethod() {
        this((Path) null);
    }

    AalborgMethod(Path contentOverride) {
        super(ID, NAME, DESCRIPTION, PHASES);
        this.content = new EditableContent(AalborgMethod.class, CONTENT, contentOverride);
    }

    @Override
    protected MethodContent content() {
        return content.content();
    }

    @Override
    public List<String> preferredScales() {
        return List.of("ffb-funktionsevne");
    }
}
