package io.pteroca.panel.pterodactyl;

import io.pteroca.pterodactyl.client.model.FileObject;
import java.time.OffsetDateTime;

/** One entry of a server's folder: a file or a folder, its size in bytes, its mode ("-rw-r--r--", bits "644"), its times. */
public record FileEntry(String name, boolean directory, long size, String mode, String modeBits, String mimetype,
                        OffsetDateTime createdAt, OffsetDateTime modifiedAt) {

    static FileEntry of(FileObject file) {
        return new FileEntry(file.name(), !file.file(), file.size(), file.mode(), file.modeBits(), file.mimetype(),
                file.createdAt(), file.modifiedAt());
    }
}
