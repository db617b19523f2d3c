package dk.borgerplan.web.internal;

import dk.borgerplan.platform.Text;

/** The API's own user-facing texts: problem titles and the messages for malformed requests. */
final class Texts {

    private Texts() {
    }

    static Text title(String code) {
        return switch (code) {
            case "validation" -> Text.of("Ugyldige data", "Invalid data");
            case "not-found" -> Text.of("Findes ikke", "Not found");
            case "method-not-allowed" -> Text.of("Handlingen er ikke mulig her", "Method not allowed");
            case "unsupported-media-type" -> Text.of("Forkert indholdstype", "Unsupported media type");
            case "payload-too-large" -> Text.of("For meget data", "Payload too large");
            case "state-conflict" -> Text.of("Ikke muligt lige nu", "Not possible now");
            case "citizen-exists" -> Text.of("Borgeren findes allerede", "The citizen exists already");
            case "version-conflict" -> Text.of("Planen er ændret af en anden", "The plan was changed by someone else");
            case "precondition-required" -> Text.of("Version mangler", "Version required");
            case "unavailable" -> Text.of("Midlertidigt utilgængelig", "Temporarily unavailable");
            case "unauthenticated" -> Text.of("Ikke logget ind", "Not logged in");
            case "csrf" -> Text.of("Sikkerhedsnøglen mangler", "Security token missing");
            case "password-change-required" -> Text.of("Ny adgangskode påkrævet", "New password required");
            case "login-refused" -> Text.of("Login afvist", "Login refused");
            case "login-locked" -> Text.of("Midlertidigt spærret", "Temporarily locked");
            default -> Text.of("Der opstod en fejl på serveren", "An error occurred on the server");
        };
    }

    static final Text CITIZEN_EXISTS = Text.of("En borger med dette CPR-nummer er allerede registreret",
            "A citizen with this CPR number is registered already");
    static final Text MALFORMED_JSON = Text.of("Indholdet er ikke gyldig JSON (linje {0}, kolonne {1})",
            "The body is not valid JSON (line {0}, column {1})");
    static final Text BEYOND_LIMITS = Text.of(
            "Indholdet er for dybt indlejret, eller en tekst eller et tal i det er for langt",
            "The body is nested too deeply, or a text or number in it is too long");
    static final Text LOG_IN = Text.of("Log ind for at fortsætte", "Log in to continue");
    static final Text CSRF = Text.of("Siden skal hentes igen, før ændringen kan gemmes (sikkerhedsnøglen mangler eller er "
            + "forældet)", "Reload the page before the change can be saved (the security token is missing or outdated)");
    static final Text CHANGE_PASSWORD = Text.of("Vælg din egen adgangskode, før du fortsætter",
            "Choose a password of your own before you go on");
    static final Text LOGIN_REFUSED = Text.of("Forkert brugernavn eller adgangskode", "Wrong username or password");
    static final Text LOGIN_LOCKED = Text.of("For mange forkerte forsøg. Prøv igen om {0} minutter",
            "Too many failed attempts. Try again in {0} minutes");
    static final Text EMPTY_BODY = Text.of("Indholdet mangler", "The body is missing");
    static final Text UNKNOWN_FIELD = Text.of("Feltet findes ikke", "Unknown field");
    static final Text WRONG_TYPE = Text.of("Forkert type: forventede {0}", "Wrong type: expected {0}");
    static final Text NOT_A_NUMBER = Text.of("Skal være et helt tal", "Must be a whole number");
    static final Text UNKNOWN_PHASE = Text.of("Ukendt fase: brug PREPARE, DRAFT, USE eller RENEW",
            "Unknown phase: use PREPARE, DRAFT, USE or RENEW");
    static final Text NOT_NEGATIVE = Text.of("Må ikke være negativ", "Must not be negative");
    static final Text NO_SUCH_CITIZEN = Text.of("Borgeren findes ikke", "The citizen does not exist");
    static final Text NO_SUCH_PLAN = Text.of("Planen findes ikke", "The plan does not exist");
    static final Text NO_SUCH_CYCLE = Text.of("Cyklussen findes ikke", "The cycle does not exist");
    static final Text NO_SUCH_GOAL = Text.of("Målet findes ikke", "The goal does not exist");
    static final Text NO_SUCH_PREPARATION_MEETING = Text.of("Forberedelsesmødet findes ikke",
            "The preparation meeting does not exist");
    static final Text NO_SUCH_SHEET_ENTRY = Text.of("Indslaget findes ikke på forberedelsesarket",
            "The preparation sheet has no such entry");
    static final Text NO_SUCH_PICTURE = Text.of("Billedet findes ikke", "The picture does not exist");
    static final Text OIDC_UNAVAILABLE = Text.of("Kommunens login svarer ikke lige nu; prøv igen om lidt",
            "The municipality's login does not answer right now; try again shortly");
    static final Text NO_SUCH_RELATIONSHIP = Text.of("Tilknytningen findes ikke", "The relationship does not exist");
    static final Text NO_SUCH_ACCOUNT = Text.of("Kontoen findes ikke", "The account does not exist");
    static final Text NO_SUCH_SUB_GOAL = Text.of("Delmålet findes ikke", "The sub-goal does not exist");
    static final Text REQUIRED = Text.of("Skal udfyldes", "Is required");
    static final Text NO_SUCH_RESOURCE = Text.of("Adressen findes ikke", "No such address");
    static final Text NOT_ALLOWED = Text.of("Metoden {0} kan ikke bruges her", "Method {0} is not allowed here");
    static final Text JSON_ONLY = Text.of("Indholdet skal være application/json",
            "The body must be application/json");
    static final Text TOO_LARGE = Text.of("Indholdet må højst fylde {0} bytes", "The body may be at most {0} bytes");
    static final Text STALE_VERSION = Text.of(
            "En anden har gemt en nyere udgave (version {0}); hent den igen, og gentag ændringen",
            "Someone else saved a newer version ({0}); read it again and repeat the change");
    static final Text IF_MATCH_REQUIRED = Text.of(
            "Angiv den version, ændringen bygger på (ETag), i If-Match, så ingen ændring går tabt",
            "Send the version the change is based on (the ETag) in If-Match so that no change is lost");
    static final Text INTERNAL = Text.of("Fejlen er logget med nummer {0}", "The error was logged as {0}");
    static final Text TYPE_NUMBER = Text.of("et tal", "a number");
    static final Text TYPE_TEXT = Text.of("en tekst", "a text");
    static final Text TYPE_LIST = Text.of("en liste", "a list");
    static final Text TYPE_DATE = Text.of("en dato (ÅÅÅÅ-MM-DD)", "a date (YYYY-MM-DD)");
    static final Text TYPE_OBJECT = Text.of("et objekt", "an object");
    static final Text TYPE_VALUE = Text.of("en anden værditype", "another kind of value");
}
