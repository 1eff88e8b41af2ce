package io.pteroca.pterodactyl.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;

/** Client {@code file_object} from {@code files/list}. */
public record FileObject(String name, String mode, String modeBits, long size, @JsonProperty("is_file") boolean file,
                         @JsonProperty("is_symlink") boolean symlink, String mimetype, OffsetDateTime createdAt,
                         OffsetDateTime modifiedAt) {
}
