package io.pteroca.panel.order;

import org.springframework.context.ApplicationContext;

/** Lets tests outside this package run the order feature's housekeeping now. */
public final class OrderTestAccess {

    private OrderTestAccess() {
    }

    public static void cleanUp(ApplicationContext context) {
        context.getBean(OrderCleanup.class).cleanUp();
    }
}
