package io.pteroca.panel.shared;

/**
 * A path that accepts an upload larger than the panel's usual limit ({@code pteroca.uploads.max-request-size}), and
 * how large. Features declare one as a bean; every other multipart request over the usual limit is refused with 413
 * before its body is read.
 */
public record LargeUpload(String path, long maxRequestBytes) {
}
