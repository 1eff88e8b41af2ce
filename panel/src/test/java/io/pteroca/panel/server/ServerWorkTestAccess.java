package io.pteroca.panel.server;

import org.springframework.context.ApplicationContext;

/** Lets tests outside this package run the server work now instead of waiting for its tick. */
public final class ServerWorkTestAccess {

    private final ApplicationContext context;

    public ServerWorkTestAccess(ApplicationContext context) {
        this.context = context;
    }

    public void runDue() {
        context.getBean(ServerWork.class).runDue();
    }
}
