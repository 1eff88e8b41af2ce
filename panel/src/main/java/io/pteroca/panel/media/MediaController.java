package io.pteroca.panel.media;

import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Serves stored images. They never change (a new upload gets a new id), so browsers may keep them long. */
@Controller
class MediaController {

    private final StoredImageRepository images;

    MediaController(StoredImageRepository images) {
        this.images = images;
    }

    @GetMapping("/media/{id}")
    @Transactional(readOnly = true)
    ResponseEntity<byte[]> image(@PathVariable long id) {
        return images.findById(id)
                .map(image -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(image.contentType()))
                        .cacheControl(CacheControl.maxAge(Duration.ofDays(30)).cachePublic().immutable())
                        .header("Content-Security-Policy", "default-src 'none'; sandbox")
                        .body(image.content()))
                .orElse(ResponseEntity.notFound().build());
    }
}
