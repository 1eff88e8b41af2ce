package io.pteroca.panel.setting;

/** A value that does not fit its setting's type; the message is a message-bundle key. */
public class InvalidSettingException extends RuntimeException {

    private final String key;

    public InvalidSettingException(String key, String messageKey) {
        super(messageKey);
        this.key = key;
    }

    public String key() {
        return key;
    }

    public String messageKey() {
        return getMessage();
    }
}
