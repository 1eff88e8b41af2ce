package io.pteroca.panel.setting;

import org.springframework.data.jpa.repository.JpaRepository;

interface SettingRepository extends JpaRepository<SettingEntity, String> {
}
