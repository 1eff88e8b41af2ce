package io.pteroca.panel.server;

/** An order or renewal that cannot go through; the message is a message key, {@code args} fill it. */
class OrderRefused extends RuntimeException {

    private final transient Object[] args;

    OrderRefused(String messageKey, Object... args) {
        super(messageKey);
        this.args = args;
    }

    public Object[] args() {
        return args;
    }
}
