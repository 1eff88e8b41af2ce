package io.pteroca.panel.media;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An uploaded image, kept in the database so every panel instance serves the same file. */
@Entity
@Table(name = "stored_image")
class StoredImage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String purpose;
    @Column(name = "content_type")
    private String contentType;
    @Column(name = "size_bytes")
    private int sizeBytes;
    private byte[] content;
    @Column(name = "created_at")
    private Instant createdAt;

    protected StoredImage() {
    }

    StoredImage(String purpose, ImageType type, byte[] content, Instant now) {
        this.purpose = purpose;
        this.contentType = type.contentType();
        this.sizeBytes = content.length;
        this.content = content;
        this.createdAt = now;
    }

    Long id() {
        return id;
    }

    String contentType() {
        return contentType;
    }

    byte[] content() {
        return content;
    }
}
