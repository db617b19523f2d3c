package dk.borgerplan.plan;

/**
 * A person around the citizen: a relative, or someone who may attend or speak for the citizen (companion, guardian,
 * party representative). {@code relation} is how the citizen describes them, e.g. "mor".
 */
public record RelatedPerson(String name, PersonRole role, String relation) {
}
