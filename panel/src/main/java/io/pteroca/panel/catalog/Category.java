package io.pteroca.panel.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A shelf of the store; deleting one only hides it, its products move to the store's front page. */
@Entity
@Table(name = "catalog_category")
class Category {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    private String description;
    @Column(name = "image_path")
    private String imagePath;
    @Column(name = "sort_order")
    private int sortOrder;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Column(name = "deleted_at")
    private Instant deletedAt;
    @Version
    private long version;

    protected Category() {
    }

    Category(Instant now) {
        this.createdAt = now;
        this.updatedAt = now;
    }

    void update(String name, String description, int sortOrder, Instant now) {
        this.name = name;
        this.description = description;
        this.sortOrder = sortOrder;
        this.updatedAt = now;
    }

    void image(String path) {
        this.imagePath = path;
    }

    void delete(Instant now) {
        this.deletedAt = now;
    }

    Long id() {
        return id;
    }

    String name() {
        return name;
    }

    String description() {
        return description;
    }

    String imagePath() {
        return imagePath;
    }

    int sortOrder() {
        return sortOrder;
    }

    boolean deleted() {
        return deletedAt != null;
    }
}
