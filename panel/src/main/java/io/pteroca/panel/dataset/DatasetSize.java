package io.pteroca.panel.dataset;

/**
 * How much to generate. At scale 1: 10,000 customers, 50,000 servers over 20 products, 200,000 orders (a purchase and
 * three renewals per server), 300,000 paid top-ups and 500,000 ledger entries (one per top-up and per order).
 */
public record DatasetSize(int customers, int servers, int products) {

    static final int ORDERS_PER_SERVER = 4;
    static final int TOP_UPS_PER_CUSTOMER = 30;
    /** The customer with many servers that "my servers" is measured with. */
    static final int LARGEST_CUSTOMER_SERVERS = 50;

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

    /** Servers of the first customer; the others share the rest in turn. */
    int largestCustomerServers() {
        return Math.min(LARGEST_CUSTOMER_SERVERS, servers / 2);
    }
}
