package dk.borgerplan.scales;

import java.util.Objects;

import dk.borgerplan.platform.Text;

/**
 * One step of a scale: its value, its label (the official wording) and its easy-read label (the words a citizen
 * can follow, seed 002: "sæt ord på frem for tal"), and the icon concept that pictures it.
 */
public record ScaleLevel(int value, Text label, Text easyRead, String pictogram) {

    public ScaleLevel {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(easyRead, "easyRead");
    }
}
