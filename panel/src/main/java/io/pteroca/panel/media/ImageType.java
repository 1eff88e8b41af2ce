package io.pteroca.panel.media;

import java.util.Arrays;
import java.util.Optional;

/**
 * The image formats we accept, recognised by their first bytes rather than by the name or the type the
 * browser claims. SVG is refused on purpose: it can carry scripts.
 */
enum ImageType {
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}),
    JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    GIF("image/gif", new byte[] {'G', 'I', 'F', '8'}),
    ICO("image/x-icon", new byte[] {0x00, 0x00, 0x01, 0x00}),
    WEBP("image/webp", new byte[] {'R', 'I', 'F', 'F'});

    private final String contentType;
    private final byte[] signature;

    ImageType(String contentType, byte[] signature) {
        this.contentType = contentType;
        this.signature = signature;
    }

    String contentType() {
        return contentType;
    }

    static Optional<ImageType> detect(byte[] content) {
        return Arrays.stream(values()).filter(type -> type.matches(content)).findFirst();
    }

    private boolean matches(byte[] content) {
        if (content.length < signature.length || !Arrays.equals(content, 0, signature.length, signature, 0, signature.length)) {
            return false;
        }
        // RIFF is a container; only its WEBP kind is an image we serve.
        return this != WEBP || content.length >= 12 && new String(content, 8, 4, java.nio.charset.StandardCharsets.US_ASCII).equals("WEBP");
    }
}
