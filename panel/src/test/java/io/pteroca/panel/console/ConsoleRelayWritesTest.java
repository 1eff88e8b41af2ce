package io.pteroca.panel.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.pteroca.panel.server.ServerConsoles;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketSession;
import tools.jackson.databind.json.JsonMapper;

/** The relay never closes the browser's socket while another thread writes to it. */
class ConsoleRelayWritesTest {

    private static final long SAFETY_NET_SECONDS = 60;

    @Test
    void theCloseWaitsForAMessageBeingWritten() throws Exception {
        WebSocketSession browser = mock(WebSocketSession.class);
        when(browser.isOpen()).thenReturn(true);
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch finishWriting = new CountDownLatch(1);
        AtomicBoolean writeInProgress = new AtomicBoolean();
        AtomicReference<Boolean> closedDuringWrite = new AtomicReference<>();
        doAnswer(call -> {
            writeInProgress.set(true);
            writing.countDown();
            finishWriting.await(SAFETY_NET_SECONDS, TimeUnit.SECONDS);
            writeInProgress.set(false);
            return null;
        }).when(browser).sendMessage(any());
        doAnswer(call -> {
            closedDuringWrite.set(writeInProgress.get());
            return null;
        }).when(browser).close(any(CloseStatus.class));

        ServerConsoles.Console console = new ServerConsoles.Console(1, 2, 2, "Lobby", "abcd1234", "127.0.0.1:25565",
                "running", true, Set.of("control.console"), false);
        ConsoleRelay relay = new ConsoleRelay(console, mock(ServerConsoles.class), browser, JsonMapper.builder().build(),
                Runnable::run, () -> true);

        CompletableFuture<Void> wings = CompletableFuture.runAsync(() -> relay.fromWings("{\"event\":\"stats\",\"args\":[\"{}\"]}"));
        assertThat(writing.await(SAFETY_NET_SECONDS, TimeUnit.SECONDS)).as("the stats message is being written").isTrue();

        Thread ending = new Thread(relay::sessionEnded, "session-ended");
        ending.start();
        while (closedDuringWrite.get() == null && ending.getState() != Thread.State.WAITING) {
            Thread.onSpinWait();
        }
        finishWriting.countDown();
        ending.join(TimeUnit.SECONDS.toMillis(SAFETY_NET_SECONDS));
        wings.get(SAFETY_NET_SECONDS, TimeUnit.SECONDS);

        assertThat(closedDuringWrite.get()).as("closed while a message was being written").isFalse();
    }
}
