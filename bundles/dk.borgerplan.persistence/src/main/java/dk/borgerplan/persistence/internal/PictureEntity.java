package dk.borgerplan.persistence.internal;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import dk.borgerplan.plan.Picture;

/**
 * An uploaded picture: its metadata and its content as a BLOB. A picture never changes. Weaving is off, so a lazy
 * BLOB would be read anyway: metadata is read with a projection ({@link JpaPreparationStore#picture}), the content
 * only when it is asked for.
 */
@Entity
@Table(name = "PICTURE")
public class PictureEntity extends StampedEntity {

    /** Derby needs a BLOB's largest size in its type; the plan model caps pictures far below this (50 MiB). */
    static final int CONTENT_MAX = 64 * 1024 * 1024;

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "MEDIA_TYPE", length = 40, nullable = false)
    private String mediaType;

    @Column(name = "SIZE_BYTES", nullable = false)
    private long size;

    @Column(name = "SHA256", length = 64, nullable = false)
    private String sha256;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "CONTENT", nullable = false, length = CONTENT_MAX)
    private byte[] content;

    protected PictureEntity() {
    }

    PictureEntity(Picture picture, byte[] content) {
        this.id = picture.id();
        this.mediaType = picture.mediaType();
        this.size = picture.size();
        this.sha256 = picture.sha256();
        this.content = content.clone();
        stampCreated(picture.created());
        stampUpdated(picture.created());
    }

    Picture toPicture() {
        return new Picture(id, mediaType, size, sha256, created());
    }

    byte[] content() {
        return content.clone();
    }
}
