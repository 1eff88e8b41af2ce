package io.pteroca.panel.order;

import org.springframework.context.ApplicationContext;

/** Lets tests outside this package run the daily on-demand notices now. */
public final class OnDemandTestAccess {

    private OnDemandTestAccess() {
    }

    public static void sendNotices(ApplicationContext context) {
        context.getBean(OnDemandNotices.class).runOnce();
    }
}
