package io.pteroca.panel.media;

import io.pteroca.panel.shared.Refusal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/** Stores uploaded images after checking their real type and size; other features keep the returned path. */
@Service
public class Images {

    /** Large enough for a logo or a banner, small enough to serve from the database. */
    public static final int MAX_BYTES = 1024 * 1024;

    private final StoredImageRepository images;
    private final Clock clock;

    Images(StoredImageRepository images, Clock clock) {
        this.images = images;
        this.clock = clock;
    }

    /** Returns the path the image is served at, e.g. {@code /media/12}. */
    @Transactional
    public String store(String purpose, MultipartFile upload) {
        if (upload == null || upload.isEmpty()) {
            throw new Refusal("media.empty");
        }
        if (upload.getSize() > MAX_BYTES) {
            throw new Refusal("media.tooLarge");
        }
        byte[] content;
        try {
            content = upload.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ImageType type = ImageType.detect(content).orElseThrow(() -> new Refusal("media.notAnImage"));
        StoredImage image = images.save(new StoredImage(purpose, type, content, clock.instant()));
        return "/media/" + image.id();
    }

    /** The bytes of an image stored here, by the path {@link #store} returned; empty for any other path. */
    @Transactional(readOnly = true)
    public java.util.Optional<byte[]> content(String path) {
        if (path == null || !path.matches("/media/\\d{1,18}")) {
            return java.util.Optional.empty();
        }
        return images.findById(Long.parseLong(path.substring("/media/".length()))).map(StoredImage::content);
    }
}
