package io.pteroca.panel.dataset;

/**
 * How much to generate. At scale 1: 10,000 customers, 50,000 servers over 20 products, 200,000 orders (a purchase and
 * three renewals per server), 300,000 paid top-ups and 500,000 ledger entries (one per top-up and per order), and
 * {@value #STAFF} staff accounts.
 */
public record DatasetSize(int customers, int servers, int products) {

    static final int ORDERS_PER_SERVER = 4;
    static final int TOP_UPS_PER_CUSTOMER = 30;
    /** The servers of each large customer: "my servers" is measured with them. */
    static final int LARGE_CUSTOMER_SERVERS = 50;
    /** One customer in this many is a large one (a reseller, say); at least one. */
    static final int CUSTOMERS_PER_LARGE_CUSTOMER = 200;
    /** Staff accounts (Administrators), one per staff member of the load test's 100 people. */
    static final int STAFF = 10;

    public static DatasetSize scaled(double scale) {
        if (!(scale > 0) || scale > 10) {
            throw new IllegalArgumentException("the scale must be above 0 and at most 10");
        }
        return new DatasetSize(Math.max(2, (int) Math.round(10_000 * scale)), Math.max(2, (int) Math.round(50_000 * scale)), 20);
    }

    int orders() {
        return servers * ORDERS_PER_SERVER;
    }

    int payments() {
        return customers * TOP_UPS_PER_CUSTOMER;
    }

    int ledgerEntries() {
        return orders() + payments();
    }

    /** The first customers, each with {@link #largeCustomerServers()} servers; the others share the rest in turn. */
    int largeCustomers() {
        int wanted = Math.max(1, customers / CUSTOMERS_PER_LARGE_CUSTOMER);
        // Every other customer keeps at least one server.
        while (wanted > 1 && wanted * largeCustomerServers() > servers - (customers - wanted)) {
            wanted--;
        }
        return wanted;
    }

    /** Servers of each large customer. */
    int largeCustomerServers() {
        return Math.min(LARGE_CUSTOMER_SERVERS, servers / 2);
    }
}
