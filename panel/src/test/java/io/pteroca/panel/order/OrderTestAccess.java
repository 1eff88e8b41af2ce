package io.pteroca.panel.order;

import io.pteroca.panel.catalog.PeriodUnit;
import io.pteroca.panel.catalog.PriceKind;
import io.pteroca.panel.catalog.PriceTerms;
import java.math.BigDecimal;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/** Lets tests outside this package run the order feature's housekeeping now. */
public final class OrderTestAccess {

    private static final PriceTerms TRIAL = new PriceTerms(PriceKind.TRIAL, 7, PeriodUnit.DAYS, BigDecimal.ZERO, null, null);

    private OrderTestAccess() {
    }

    /** Runs the plan change work now, as its sweep would: every change that is due is attempted once. */
    public static void sweepPlanChanges(ApplicationContext context) {
        context.getBean(io.pteroca.panel.shared.work.DurableWorkRunner.class).sweep(context.getBean(PlanChangeWork.class));
    }

    public static void cleanUp(ApplicationContext context) {
        context.getBean(OrderCleanup.class).cleanUp();
    }

    /** Records a trial of the product for the account and server in a transaction of its own, as an order does. */
    public static boolean claimTrial(ApplicationContext context, long productId, long accountId, long serverId) {
        context.getBean(TransactionTemplate.class).executeWithoutResult(status ->
                context.getBean(OnceOffers.class).claim(productId, TRIAL, accountId, serverId));
        return true;
    }
}
