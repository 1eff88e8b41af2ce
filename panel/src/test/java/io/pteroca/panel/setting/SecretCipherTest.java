package io.pteroca.panel.setting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretCipherTest {

    @TempDir
    Path dir;

    @Test
    void theKeyFileIsCreatedOnceAndReadableOnlyByItsOwner() throws Exception {
        Path file = dir.resolve("nested").resolve("encryption.key");
        SecretCipher first = new SecretCipher(new EncryptionKeyProvider("", file));
        assertThat(Files.getPosixFilePermissions(file))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        SecretCipher second = new SecretCipher(new EncryptionKeyProvider("", file));
        assertThat(second.decrypt(first.encrypt("shared"))).isEqualTo("shared");
    }

    @Test
    void eachEncryptionDiffersAndTamperingIsDetected() {
        SecretCipher cipher = new SecretCipher(new EncryptionKeyProvider(
                Base64.getEncoder().encodeToString(new byte[32]), dir.resolve("unused")));
        String a = cipher.encrypt("api-key-123");
        String b = cipher.encrypt("api-key-123");
        assertThat(a).isNotEqualTo(b).doesNotContain("api-key");
        assertThat(cipher.decrypt(a)).isEqualTo("api-key-123");
        byte[] raw = Base64.getDecoder().decode(a.substring(3));
        raw[raw.length - 1] ^= 1;
        String tampered = "v1:" + Base64.getEncoder().encodeToString(raw);
        assertThatThrownBy(() -> cipher.decrypt(tampered)).isInstanceOf(IllegalStateException.class);
        assertThat(dir.resolve("unused")).doesNotExist();
    }

    @Test
    void anotherKeyCannotRead() {
        byte[] other = new byte[32];
        other[0] = 1;
        SecretCipher mine = new SecretCipher(new EncryptionKeyProvider(Base64.getEncoder().encodeToString(new byte[32]), dir));
        SecretCipher theirs = new SecretCipher(new EncryptionKeyProvider(Base64.getEncoder().encodeToString(other), dir));
        assertThatThrownBy(() -> theirs.decrypt(mine.encrypt("x"))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aKeyOfTheWrongSizeIsRefused() {
        assertThatThrownBy(() -> new EncryptionKeyProvider(Base64.getEncoder().encodeToString(new byte[16]), dir))
                .isInstanceOf(IllegalStateException.class);
    }
}
