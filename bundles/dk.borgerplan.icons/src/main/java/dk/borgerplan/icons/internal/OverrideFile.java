package dk.borgerplan.icons.internal;

/**
 * A single picture from the override folder that replaces the picture of one concept.
 *
 * @param conceptId the concept, from the file name ({@code theme.egenomsorg.svg})
 * @param mediaType {@code image/svg+xml} or {@code image/png}
 * @param bytes the checked content
 * @param etag a strong validator of the content, distinct from every pack's
 */
record OverrideFile(String conceptId, String mediaType, byte[] bytes, String etag) {

    /** The pack id that icons replaced from the folder report. */
    static final String PACK_ID = "override";

    static OverrideFile of(String conceptId, String mediaType, byte[] bytes) {
        return new OverrideFile(conceptId, mediaType, bytes, PackReader.etag(PACK_ID, conceptId, mediaType, bytes));
    }
}
