package io.pteroca.panel.mail;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** E-mail counts for the admin overview. */
@Component
public class MailFigures {

    private final JdbcTemplate jdbc;

    MailFigures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Messages the SMTP server refused or never took, still waiting for an admin to send them again. */
    public long failed() {
        return jdbc.queryForObject("select count(*) from email_log where status = 'FAILED'", Long.class);
    }
}
