package dk.borgerplan.access;

/** What a user does with a part: reads it, or changes it (registers, edits, removes). */
public enum Operation {
    READ, WRITE
}
