package io.pteroca.panel.console;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;

/** The console socket; Spring allows only same-origin browsers to open it (no other site can ride the session cookie). */
@Configuration
@EnableWebSocket
class ConsoleSocketConfiguration implements WebSocketConfigurer {

    private final ConsoleSocketHandler handler;
    private final ConsoleHandshake handshake;

    ConsoleSocketConfiguration(ConsoleSocketHandler handler, ConsoleHandshake handshake) {
        this.handler = handler;
        this.handshake = handshake;
    }

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        registry.addHandler(handler, "/servers/*/console/socket").addInterceptors(handshake);
    }
}
