package io.pteroca.pterodactyl.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Starts a {@link RecordedPanel} per test and fails the test when a request did not match its recording. */
public abstract class PanelTest {

    protected RecordedPanel panel;
    protected RecordingSleeper sleeper;

    @BeforeEach
    void startPanel() {
        panel = new RecordedPanel();
        sleeper = new RecordingSleeper();
    }

    @AfterEach
    void stopPanel() {
        try {
            assertThat(panel.mismatches()).isEmpty();
        } finally {
            panel.close();
        }
    }
}
