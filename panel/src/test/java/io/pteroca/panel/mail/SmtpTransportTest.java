package io.pteroca.panel.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.util.StreamProvider;
import org.junit.jupiter.api.Test;

class SmtpTransportTest {

    @Test
    void namesJakartaMailsStreamProviderSoThatNoMessageSearchesTheClassPathForIt() throws Exception {
        Class.forName(SmtpTransport.class.getName(), true, SmtpTransport.class.getClassLoader());

        String provider = System.getProperty(StreamProvider.class.getName());

        assertThat(provider).as("the stream provider Jakarta Mail is told to use").isNotNull();
        assertThat(Class.forName(provider)).isAssignableTo(StreamProvider.class);
        assertThat(StreamProvider.provider().getClass().getName()).isEqualTo(provider);
    }
}
