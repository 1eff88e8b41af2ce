package io.pteroca.panel.shared;

import org.springframework.http.HttpStatus;

/**
 * Something the panel refuses to do, in words the visitor can read: a message key, its arguments, and the HTTP
 * status a page answers with when nobody shows the refusal next to a form (see the web feature's handler).
 */
public class Refusal extends RuntimeException {

    private final HttpStatus status;
    private final String field;
    private final transient Object[] args;

    /** Refused input or a rule that stands in the way: 400. */
    public Refusal(String messageKey, Object... args) {
        this(HttpStatus.BAD_REQUEST, null, messageKey, args);
    }

    protected Refusal(HttpStatus status, String field, String messageKey, Object... args) {
        super(messageKey);
        this.status = status;
        this.field = field;
        this.args = args == null ? new Object[0] : args;
    }

    /** Refused input of one form field (the form shows the message next to it): 400. */
    public static Refusal onField(String field, String messageKey, Object... args) {
        return new Refusal(HttpStatus.BAD_REQUEST, field, messageKey, args);
    }

    /** The visitor lacks the right to this (a permission, a role): 403, decided before anything is done. */
    public static Refusal forbidden(String messageKey, Object... args) {
        return new Refusal(HttpStatus.FORBIDDEN, null, messageKey, args);
    }

    /** Not there, or not the visitor's to know about: 404. */
    public static Refusal notFound(String messageKey, Object... args) {
        return new Refusal(HttpStatus.NOT_FOUND, null, messageKey, args);
    }

    /** Not possible in the current state (being set up, suspended, changed meanwhile): 409. */
    public static Refusal conflict(String messageKey, Object... args) {
        return new Refusal(HttpStatus.CONFLICT, null, messageKey, args);
    }

    public HttpStatus status() {
        return status;
    }

    public String messageKey() {
        return getMessage();
    }

    /** The form field the refusal is about, or null when it is about the whole request. */
    public String field() {
        return field;
    }

    public Object[] args() {
        return args;
    }

    /** A refusal a form cannot show (a missing right, a missing object) goes on to the error page. */
    public boolean endsThePage() {
        return status == HttpStatus.FORBIDDEN || status == HttpStatus.NOT_FOUND;
    }
}
