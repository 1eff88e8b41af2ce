package io.pteroca.panel.setting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "setting")
class SettingEntity {

    @Id
    @Column(name = "setting_key")
    private String key;

    @Column(name = "setting_value")
    private String value;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected SettingEntity() {
    }

    SettingEntity(String key) {
        this.key = key;
    }

    String key() {
        return key;
    }

    String value() {
        return value;
    }

    void update(String value, Instant now) {
        this.value = value;
        this.updatedAt = now;
    }
}
