package io.pteroca.panel.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TotpTest {

    /** RFC 6238, appendix B: the SHA-1 seed "12345678901234567890". */
    private static final String RFC_SECRET = Base32.encode("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

    @Test
    void codesAreTheOnesOfRfc6238TruncatedToSixDigits() {
        assertThat(RFC_SECRET).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(59)))).isEqualTo("287082");
        assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(1111111109)))).isEqualTo("081804");
        assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(1234567890)))).isEqualTo("005924");
        assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(20000000000L)))).isEqualTo("353130");
    }

    @Test
    void theStepBeforeAndAfterCountButNoOther() {
        Instant now = Instant.ofEpochSecond(1234567890);
        long step = Totp.step(now);
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step), now)).hasValue(step);
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step - 1), now)).hasValue(step - 1);
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step + 1), now)).hasValue(step + 1);
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step - 2), now)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step + 2), now)).isEmpty();
    }

    @Test
    void typedSpacesAreIgnoredAndJunkNeverMatches() {
        Instant now = Instant.ofEpochSecond(59);
        assertThat(Totp.matchingStep(RFC_SECRET, "287 082", now)).isPresent();
        for (String junk : new String[] {null, "", "28708", "2870822", "abcdef", "28708\u0000", "x".repeat(10_000)}) {
            assertThat(Totp.matchingStep(RFC_SECRET, junk, now)).as(String.valueOf(junk)).isEmpty();
        }
    }

    @Test
    void secretsAreRandomBase32AndSurviveTheRoundTrip() {
        String secret = Totp.newSecret();
        assertThat(secret).matches("[A-Z2-7]{32}").isNotEqualTo(Totp.newSecret());
        assertThat(Base32.encode(Base32.decode(secret.toLowerCase()))).isEqualTo(secret);
        assertThatThrownBy(() -> Base32.decode("not base32!")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theQrCodeIsDrawnHereAndTheLinkNamesIssuerAndAccount() {
        String uri = Totp.otpauthUri("My Host", "a+b@example.test", "ABCD");
        assertThat(uri).startsWith("otpauth://totp/My%20Host:a%2Bb%40example.test?secret=ABCD&issuer=My%20Host");
        assertThat(QrCode.svg(uri)).startsWith("<svg").contains("<path").doesNotContain("<image", "href=");
    }

    @Test
    void devicesAreNamedByBrowserAndSystem() {
        assertThat(DeviceName.of("Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0"))
                .isEqualTo("Firefox, Windows");
        assertThat(DeviceName.of("Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/126.0 Mobile Safari/537.36"))
                .isEqualTo("Chrome, Android");
        assertThat(DeviceName.of("Java-http-client/17")).isNull();
        assertThat(DeviceName.of(null)).isNull();
    }
}
