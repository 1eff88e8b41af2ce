package io.pteroca.panel.media;

/** An upload that is not an accepted image or is too large; the message is a message key. */
public class ImageRejectedException extends RuntimeException {

    public ImageRejectedException(String messageKey) {
        super(messageKey);
    }
}
