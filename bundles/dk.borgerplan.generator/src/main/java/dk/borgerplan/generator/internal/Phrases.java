package dk.borgerplan.generator.internal;

import java.util.List;
import java.util.Map;

/**
 * The words of generated plans: goals in the citizen's first person per life theme (wheel field), each with the steps
 * of its staircase, and the other texts of a plan. Invented for test data; names are unmistakably fictitious.
 */
final class Phrases {

    /** A goal as a citizen could phrase it, the overall goal above it, and sub-goals towards it. */
    record GoalPhrase(String text, String overallGoal, List<String> steps) {
    }

    static final List<String> FIRST_NAMES = List.of("Anna", "Mette", "Sofie", "Ida", "Freja", "Karen", "Lone", "Maja",
            "Emma", "Hanne", "Peter", "Jens", "Mads", "Lars", "Søren", "Niels", "Mikkel", "Jonas", "Frederik", "Ole");

    /** The family name of every generated citizen: never taken for a real person's. */
    static final String FAMILY_NAME = "Testesen";

    static final Map<String, List<GoalPhrase>> GOALS = Map.of(
            "egenomsorg", List.of(
                    new GoalPhrase("Jeg tager selv bad tre gange om ugen", "Jeg klarer min morgen selv",
                            List.of("Jeg lægger håndklæde frem aftenen før", "Jeg går i bad med påmindelse",
                                    "Jeg går i bad uden påmindelse")),
                    new GoalPhrase("Jeg tager min medicin til tiden hver dag", "Jeg passer selv på mit helbred",
                            List.of("Jeg bruger en doseringsæske", "Jeg sætter en alarm på telefonen")),
                    new GoalPhrase("Jeg går i seng før kl. 23 på hverdage", "Jeg har en god døgnrytme",
                            List.of("Jeg slukker skærmen kl. 22", "Jeg står op kl. 8 på hverdage")),
                    new GoalPhrase("Jeg spiser morgenmad hver dag", "Jeg har det godt i min krop",
                            List.of("Jeg handler ind til morgenmad", "Jeg spiser morgenmad tre dage om ugen"))),
            "praktiske-opgaver", List.of(
                    new GoalPhrase("Jeg laver selv aftensmad to gange om ugen", "Jeg bor i min egen lejlighed",
                            List.of("Jeg vælger en ret fra kogebogen", "Jeg laver maden sammen med min kontaktperson",
                                    "Jeg laver maden selv")),
                    new GoalPhrase("Jeg gør rent i min lejlighed hver uge", "Jeg har et hjem, jeg er glad for",
                            List.of("Jeg laver en rengøringsplan", "Jeg støvsuger om mandagen")),
                    new GoalPhrase("Jeg vasker selv mit tøj", "Jeg klarer mit hjem selv",
                            List.of("Jeg sorterer vasketøjet", "Jeg bruger vaskemaskinen med en huskeseddel")),
                    new GoalPhrase("Jeg handler selv ind en gang om ugen", "Jeg klarer min hverdag selv",
                            List.of("Jeg skriver en indkøbsliste", "Jeg handler med min kontaktperson",
                                    "Jeg handler alene i den nære butik"))),
            "mobilitet", List.of(
                    new GoalPhrase("Jeg tager selv bussen til mit arbejde", "Jeg kommer selv rundt i byen",
                            List.of("Jeg finder bussens afgang i appen", "Jeg kører med bussen sammen med en ledsager",
                                    "Jeg kører alene med bussen")),
                    new GoalPhrase("Jeg går en tur på 20 minutter hver dag", "Jeg er stærk i kroppen",
                            List.of("Jeg går en tur to gange om ugen", "Jeg går en tur hver dag")),
                    new GoalPhrase("Jeg cykler selv til dagtilbuddet", "Jeg bestemmer selv, hvor jeg skal hen",
                            List.of("Jeg cykler ruten med min kontaktperson", "Jeg cykler ruten alene om sommeren"))),
            "kommunikation", List.of(
                    new GoalPhrase("Jeg siger fra, når noget er for meget for mig", "Jeg bliver hørt",
                            List.of("Jeg bruger mit stopkort", "Jeg fortæller min kontaktperson, hvordan jeg har det")),
                    new GoalPhrase("Jeg ringer selv til lægen", "Jeg klarer mine aftaler selv",
                            List.of("Jeg skriver ned, hvad jeg vil sige", "Jeg ringer med min kontaktperson ved siden af")),
                    new GoalPhrase("Jeg bruger min kalender på telefonen", "Jeg har overblik over min uge",
                            List.of("Jeg skriver mine aftaler ind", "Jeg kigger i kalenderen hver morgen"))),
            "samfundsliv", List.of(
                    new GoalPhrase("Jeg betaler selv mine regninger til tiden", "Jeg har styr på mine penge",
                            List.of("Jeg får betalingsservice på husleje", "Jeg laver et budget for måneden",
                                    "Jeg tjekker min konto hver fredag")),
                    new GoalPhrase("Jeg åbner og læser min digitale post hver uge", "Jeg klarer mine papirer selv",
                            List.of("Jeg logger på med MitID", "Jeg læser posten sammen med min kontaktperson")),
                    new GoalPhrase("Jeg bor i min egen lejlighed", "Jeg har mit eget hjem",
                            List.of("Jeg skriver mig op til en lejlighed", "Jeg ser på lejligheder med min kontaktperson"))),
            "relationer", List.of(
                    new GoalPhrase("Jeg ser min familie en gang om måneden", "Jeg har et godt forhold til min familie",
                            List.of("Jeg ringer til min søster hver søndag", "Jeg inviterer familien på kaffe")),
                    new GoalPhrase("Jeg går til en fritidsaktivitet hver uge", "Jeg har venner, jeg ser",
                            List.of("Jeg vælger en aktivitet", "Jeg prøver aktiviteten med min kontaktperson",
                                    "Jeg går til aktiviteten alene")),
                    new GoalPhrase("Jeg spiser med i fællesskabet i huset to gange om ugen", "Jeg er en del af et fællesskab",
                            List.of("Jeg spiser med en gang om ugen", "Jeg hjælper med at dække bord"))));

    static final List<String> PURPOSES = List.of("Jeg vil bo i min egen lejlighed",
            "Jeg vil klare mere af min hverdag selv", "Jeg vil have et arbejde, hvor jeg bliver brugt",
            "Jeg vil have et godt liv med venner og familie", "Jeg vil have mindre brug for støtte om natten",
            "Jeg vil fastholde det, jeg kan i dag");

    static final List<String> RESOURCES = List.of("Jeg er god til at hjælpe andre", "Jeg er glad for musik",
            "Jeg er stærk og kan lide at bestille noget", "Jeg er kreativ og tegner meget", "Jeg er god til dyr");

    static final List<String> EMPLOYMENT = List.of("Jeg vil gerne i praktik i en butik", "Jeg arbejder i værkstedet",
            "Jeg vil gerne tage et kursus", "Jeg vil gerne være frivillig i en forening");

    static final List<String> PARKED = List.of("Jeg vil gerne have en kæreste", "Jeg tænker på at flytte til Aarhus",
            "Jeg vil gerne have en hund", "Jeg vil gerne tage kørekort");

    static final List<String> DISAGREEMENT = List.of("Borger oplever at klare mere selv, end personalet vurderer",
            "Borger vurderer sin udfordring som større end personalet");

    private Phrases() {
    }
}
