package io.pteroca.panel.setting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The key that seals secrets: from {@code PTEROCA_ENCRYPTION_KEY} (base64, 32 bytes) when set, otherwise from
 * a key file created on first start and readable by its owner only.
 */
@Component
class EncryptionKeyProvider {

    private static final Logger log = LoggerFactory.getLogger(EncryptionKeyProvider.class);

    private final SecretKey key;

    EncryptionKeyProvider(@Value("${pteroca.encryption.key:}") String configuredKey,
                          @Value("${pteroca.encryption.key-file:./data/encryption.key}") Path keyFile) {
        this.key = new SecretKeySpec(StringUtils.hasText(configuredKey) ? decode(configuredKey) : readOrCreate(keyFile), "AES");
    }

    SecretKey key() {
        return key;
    }

    private static byte[] decode(String base64) {
        byte[] bytes = Base64.getDecoder().decode(base64.trim());
        if (bytes.length != 32) {
            throw new IllegalStateException("The encryption key must be 32 bytes, base64-encoded (openssl rand -base64 32)");
        }
        return bytes;
    }

    private static byte[] readOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            return decode(Files.readString(file, StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the encryption key file " + file.toAbsolutePath(), e);
        }
    }

    private static void create(Path file) throws IOException {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        try {
            if (parent.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
            }
            Files.writeString(file, Base64.getEncoder().encodeToString(bytes), StandardCharsets.US_ASCII);
            log.warn("Created a new encryption key in {}. Back it up: secrets stored in the database cannot be read without it.",
                    file.toAbsolutePath());
        } catch (FileAlreadyExistsException anotherInstanceCreatedIt) {
            // read below
        }
    }
}
