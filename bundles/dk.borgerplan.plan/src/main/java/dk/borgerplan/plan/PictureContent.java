package dk.borgerplan.plan;

/** A picture and its bytes, exactly as uploaded. The array is the caller's: do not change it. */
public record PictureContent(Picture picture, byte[] bytes) {
}
