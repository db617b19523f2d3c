package dk.borgerplan.plan;

/** Someone who took part in a meeting: the name as given, and the role. */
public record Participant(String name, ParticipantRole role) {
}
