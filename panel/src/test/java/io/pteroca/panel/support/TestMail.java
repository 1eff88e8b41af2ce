package io.pteroca.panel.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;

/** One in-process SMTP server (GreenMail) for the whole test run. */
public final class TestMail {

    private static GreenMail server;

    private TestMail() {
    }

    public static synchronized GreenMail server() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        }
        return server;
    }

    public static int port() {
        return server().getSmtp().getPort();
    }

    /** Messages received so far for this recipient. */
    public static List<MimeMessage> to(String recipient) {
        return Arrays.stream(server().getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equalsIgnoreCase(recipient));
                    } catch (Exception e) {
                        return false;
                    }
                })
                .toList();
    }

    /**
     * The recipient's messages once the panel's background work (which delivers them) is done; fails unless there are
     * at least {@code count}.
     */
    public static List<MimeMessage> await(String recipient, int count) {
        BackgroundWork.awaitIdle();
        List<MimeMessage> messages = to(recipient);
        if (messages.size() < count) {
            throw new AssertionError("Expected " + count + " e-mail(s) to " + recipient + ", got " + messages.size());
        }
        return messages;
    }

    /** The text of a message, plain and HTML parts together, with quoted-printable decoded. */
    public static String body(MimeMessage message) {
        try {
            return com.icegreen.greenmail.util.GreenMailUtil.getBody(message).replace("=\r\n", "").replace("=3D", "=");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first link in a message that starts with the prefix. */
    public static String link(MimeMessage message, String prefix) {
        String body = body(message);
        int start = body.indexOf(prefix);
        if (start < 0) {
            throw new AssertionError("No link starting with " + prefix + " in: " + body);
        }
        int end = start;
        while (end < body.length() && !Character.isWhitespace(body.charAt(end)) && body.charAt(end) != '"'
                && body.charAt(end) != '<') {
            end++;
        }
        return body.substring(start, end).replace("&amp;", "&");
    }

    /** A local port nothing listens on: an SMTP server that cannot be reached. */
    public static int closedPort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
