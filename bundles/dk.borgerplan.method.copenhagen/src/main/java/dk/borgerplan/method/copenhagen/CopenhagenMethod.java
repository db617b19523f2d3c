package dk.borgerplan.method.copenhagen;

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
 * The method of Københavns Kommune, "Medborgerskabsfortællingen".
 *
 * <p>The texts follow the seed documents' own words (seed 003). They live here, not in the SPI, so that
 * changing a method's wording means updating this bundle only.
 */
@Component(service = Method.class)
@MethodId(CopenhagenMethod.ID)
public class CopenhagenMethod extends FixedMethod {

    static final String ID = "copenhagen";

    private static final Text NAME = Text.of("Medborgerskabsfortællingen", "The Citizenship Story (Medborgerskabsfortællingen)");

    private static final Text DESCRIPTION = Text.of(
            "Københavns Kommunes samtale- og procesværktøj, der fremmer borgerens selvstændighed og selvindsigt, så handleplanen udvikles ud fra borgerens egne formulerede mål og drømme. " +
            "Borgerens fortælling foldes ud gennem forberedte spørgerammer i fem temaer: kommunikation, sundhed, socialt liv, samfundslivet og min bolig. " +
            "Arbejdet videreføres i \"Borgerens Plan\" – én samlet plan for borgere og medarbejdere i Socialforvaltningen.",
            "Copenhagen Municipality's conversation and process tool, which furthers the citizen's independence and self-insight so that the action plan grows from the citizen's own goals and dreams. " +
            "The citizen's story unfolds through prepared question frames in five themes: communication, health, social life, life in society and my home. " +
            "The work continues in \"Borgerens Plan\" (the Citizen's Plan) – one shared plan for citizens and staff in the Social Services Administration.");

    private static final List<MethodPhase> PHASES = List.of(
            new MethodPhase(Phase.PREPARE,
                    Text.of("Forberedelse", "Preparation"),
                    Text.of("Borger, sagsbehandler og pædagogisk medarbejder forbereder samtalen og udvælger spørgsmål og spørgerammer fra de fem temaer. " +
                            "Borger og sagsbehandler sætter en fælles dagsorden.",
                            "The citizen, the caseworker and the care worker prepare the conversation and choose questions and question frames from the five themes. " +
                            "The citizen and the caseworker set a shared agenda.")),
            new MethodPhase(Phase.DRAFT,
                    Text.of("Afvikling", "Conducting the conversation"),
                    Text.of("I samtalen uddybes og foldes borgerens fortælling ud gennem de udvalgte spørgsmål. " +
                            "Gennem understøttende dialoger bliver borgerens egne mål og drømme tydeligere og mere relevante for handleplanen.",
                            "In the conversation the citizen's story is deepened and unfolded through the chosen questions. " +
                            "Supportive dialogue makes the citizen's own goals and dreams clearer and more relevant to the action plan.")),
            new MethodPhase(Phase.USE,
                    Text.of("Afrunding", "Rounding off"),
                    Text.of("Samtalen rundes af, så borgerens egne mål træder tydeligt frem i handleplanen i et sprog, borgeren forstår. " +
                            "Pædagogisk personale og sagsbehandler samarbejder tættere om borgerens progression.",
                            "The conversation is rounded off so that the citizen's own goals stand out clearly in the action plan, in words the citizen understands. " +
                            "Care staff and caseworker work more closely together on the citizen's progress.")),
            new MethodPhase(Phase.RENEW,
                    Text.of("Opfølgning på botilbuddet", "Follow-up at the residential home"),
                    Text.of("Fremskudt sagsbehandling: sagsbehandleren følger op ude på botilbuddet i en ny samtale med Medborgerskabsfortællingen. " +
                            "Planen samles i Borgerens Plan – én samlet plan for borgeren og medarbejderne.",
                            "Outreach casework: the caseworker follows up at the residential home in a new conversation with Medborgerskabsfortællingen. " +
                            "The plan is brought together in Borgerens Plan – one shared plan for the citizen and staff.")));

    /** Question frames, the three processes' guides and Borgerens Plan; the municipality's wording in etc/methods/copenhagen.json. */
    static final String CONTENT = "/method/copenhagen.json";
    static final String CONTENT_OVERRIDE = "etc/methods/copenhagen.json";

    private final EditableContent content;

    @Activate
    public CopenhagenMethod(@Reference PlatformHome home) {
        this(home.resolve(CONTENT_OVERRIDE));
    }

    /** With the shipped content only. */
    public CopenhagenMethod() {
        this((Path) null);
    }

    CopenhagenMethod(Path contentOverride) {
        super(ID, NAME, DESCRIPTION, PHASES);
        this.content = new EditableContent(CopenhagenMethod.class, CONTENT, contentOverride);
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
