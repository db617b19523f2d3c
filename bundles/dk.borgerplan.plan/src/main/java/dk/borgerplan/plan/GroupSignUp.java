package dk.borgerplan.plan;

/** A citizen signed up for a group preparation meeting, and who signed them up, when. */
public record GroupSignUp(String citizenId, Stamp signedUp) {
}
