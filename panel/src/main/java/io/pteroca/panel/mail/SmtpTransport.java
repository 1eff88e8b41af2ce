package io.pteroca.panel.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.util.Properties;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/** Talks to the SMTP server configured in the settings, read afresh for every message. */
@Component
class SmtpTransport implements MailTransport {

    private static final String TIMEOUT_MILLIS = "10000";
    private static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";
    private static final String ANGUS_STREAM_PROVIDER = "org.eclipse.angus.mail.util.MailStreamProvider";

    static {
        // Jakarta Mail looks up its stream provider for every multipart and body part it builds or writes, through a
        // ServiceLoader that searches every jar of the class path unless this property names the provider: about a
        // third of the CPU time spent sending a month's suspension e-mails went into that search.
        if (System.getProperty(STREAM_PROVIDER) == null
                && ClassUtils.isPresent(ANGUS_STREAM_PROVIDER, SmtpTransport.class.getClassLoader())) {
            System.setProperty(STREAM_PROVIDER, ANGUS_STREAM_PROVIDER);
        }
    }

    private final MailSettings settings;

    SmtpTransport(MailSettings settings) {
        this.settings = settings;
    }

    @Override
    public void send(OutgoingMail mail) {
        MailSettings.SmtpServer server = settings.smtpServer();
        if (!server.configured()) {
            throw new NotConfigured();
        }
        JavaMailSenderImpl sender = senderFor(server);
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(server.fromAddress(), server.fromName());
            helper.setTo(mail.recipient());
            helper.setSubject(mail.subject());
            helper.setText(mail.text(), mail.html());
            sender.send(message);
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new IllegalStateException("Cannot build the message: " + e.getMessage(), e);
        }
    }

    /**
     * The sender of the current settings, made again when they change: making one reads the mail providers from the
     * class path, which cost more than sending when a month's suspensions are mailed.
     */
    private volatile Sender current;

    private record Sender(MailSettings.SmtpServer server, JavaMailSenderImpl sender) {
    }

    private JavaMailSenderImpl senderFor(MailSettings.SmtpServer server) {
        Sender cached = current;
        if (cached == null || !cached.server().equals(server)) {
            cached = new Sender(server, sender(server));
            current = cached;
        }
        return cached.sender();
    }

    private static JavaMailSenderImpl sender(MailSettings.SmtpServer server) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(server.host());
        sender.setPort(server.port());
        sender.setDefaultEncoding("UTF-8");
        if (!server.username().isBlank()) {
            sender.setUsername(server.username());
            sender.setPassword(server.password());
        }
        Properties properties = sender.getJavaMailProperties();
        properties.put("mail.smtp.auth", Boolean.toString(!server.username().isBlank()));
        properties.put("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.timeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.writetimeout", TIMEOUT_MILLIS);
        switch (server.security()) {
            case "tls" -> {
                sender.setProtocol("smtps");
                properties.put("mail.smtps.connectiontimeout", TIMEOUT_MILLIS);
                properties.put("mail.smtps.timeout", TIMEOUT_MILLIS);
            }
            case "starttls" -> {
                properties.put("mail.smtp.starttls.enable", "true");
                properties.put("mail.smtp.starttls.required", "true");
            }
            default -> {
                // plain SMTP, e.g. a local relay
            }
        }
        return sender;
    }

    /** Thrown when no SMTP server is set; the e-mail log says where to set one. */
    static final class NotConfigured extends IllegalStateException {
        NotConfigured() {
            super("SMTP is not configured (Settings → E-mail)");
        }
    }

    /**
     * A reason for the e-mail log an admin can read: a message key of what kind of failure it was, then the mail
     * server's own words, if any ({@code mail.error.unreachable|Connection refused}); never a Java class name.
     */
    static String describe(RuntimeException e) {
        Throwable root = e;
        boolean authentication = false;
        boolean unreachable = false;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            root = t;
            authentication |= t instanceof jakarta.mail.AuthenticationFailedException;
            unreachable |= t instanceof java.net.ConnectException || t instanceof java.net.UnknownHostException
                    || t instanceof java.net.SocketTimeoutException;
        }
        if (e instanceof NotConfigured) {
            return "mail.error.notConfigured";
        }
        String key = authentication ? "mail.error.authentication" : unreachable ? "mail.error.unreachable" : "mail.error.refused";
        String detail = root.getMessage() == null ? "" : root.getMessage().strip();
        return detail.isEmpty() ? key : key + "|" + detail;
    }
}
