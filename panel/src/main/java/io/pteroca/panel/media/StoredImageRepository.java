package io.pteroca.panel.media;

import org.springframework.data.jpa.repository.JpaRepository;

interface StoredImageRepository extends JpaRepository<StoredImage, Long> {
}
