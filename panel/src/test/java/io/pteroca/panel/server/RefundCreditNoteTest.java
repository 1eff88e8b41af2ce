package io.pteroca.panel.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.emulator.http.FaultInjector;
import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.catalog.ProductView;
import io.pteroca.panel.invoice.InvoiceTestAccess;
import io.pteroca.panel.order.Checkout;
import io.pteroca.panel.support.BackgroundWork;
import io.pteroca.panel.support.IntegrationTest;
import io.pteroca.panel.support.TestPterodactyl;
import io.pteroca.panel.wallet.Wallets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** With invoices per order, the refund of an order that could not be set up issues a credit note for its invoice. */
class RefundCreditNoteTest extends IntegrationTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    Checkout checkout;
    @Autowired
    Wallets wallets;

    @AfterEach
    void invoicesPerTopUpAgain() {
        new InvoiceTestAccess(context).invoicePerOrder(false);
    }

    @Test
    void aRefundedOrderGetsACreditNoteThatReversesItsInvoice() {
        InvoiceTestAccess invoices = new InvoiceTestAccess(context);
        invoices.invoicePerOrder(true);
        ServerFixtures fixtures = new ServerFixtures(context);
        ProductView product = fixtures.product("1", ServerFixtures.monthly("3"));
        AccountView customer = fixtures.customer("10");
        TestPterodactyl.emulator().faults().add(new FaultInjector.Fault("POST", "/api/application/servers", 422, 0, false, 1));

        long serverId = checkout.purchase(customer.id(), fixtures.order(product, "Refunded"));
        fixtures.workUntil(() -> fixtures.state(serverId) == ServerState.FAILED, "the order to be refunded");
        BackgroundWork.awaitIdle();
        invoices.issueDue();

        long orderId = jdbc.queryForObject("select id from server_order where server_id = ?", Long.class, serverId);
        assertThat(invoices.gross("INVOICE", "order", orderId)).isEqualByComparingTo("4.00");
        assertThat(invoices.gross("CREDIT_NOTE", "order", orderId)).isEqualByComparingTo("-4.00");
        assertThat(invoices.creditedNumber("order", orderId))
                .isEqualTo(jdbc.queryForObject("select invoice_number from invoice where kind = 'INVOICE' and source_type = 'order'"
                        + " and source_id = ?", String.class, orderId));
        assertThat(jdbc.queryForObject("select invoice_number from invoice where kind = 'CREDIT_NOTE' and source_type = 'order'"
                + " and source_id = ?", String.class, orderId)).startsWith("CN/");
        assertThat(wallets.balance(customer.id()).amount()).as("the refund is in the wallet").isEqualByComparingTo("10");
        assertThat(wallets.ledgerSum(customer.id()).amount()).isEqualByComparingTo("10");
    }
}
