package io.pteroca.panel.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatasetSizeTest {

    @Test
    void fullSizeHasFiftyLargeCustomersWithFiftyServersEach() {
        DatasetSize full = DatasetSize.scaled(1);

        assertThat(full.largeCustomers()).isEqualTo(50);
        assertThat(full.largeCustomerServers()).isEqualTo(50);
        assertThat(DatasetSize.scaled(0.001).largeCustomers()).isEqualTo(1);
    }

    @Test
    void largeCustomersLeaveEveryOtherCustomerAServer() {
        DatasetSize crowded = new DatasetSize(1000, 1200, 20);

        assertThat(crowded.largeCustomers()).isEqualTo(4);
        assertThat(crowded.servers() - crowded.largeCustomers() * crowded.largeCustomerServers())
                .isGreaterThanOrEqualTo(crowded.customers() - crowded.largeCustomers());
    }

    @Test
    void theLoadTestsAccountsAlternateLargeAndOrdinaryCustomers() {
        DatasetGenerator.Accounts accounts = DatasetGenerator.accounts(DatasetSize.scaled(1));

        assertThat(accounts.customers()).hasSize(10_000).doesNotHaveDuplicates().startsWith(
                DatasetGenerator.customerEmail(0), DatasetGenerator.customerEmail(50), DatasetGenerator.customerEmail(1),
                DatasetGenerator.customerEmail(51));
        assertThat(accounts.staff()).hasSize(DatasetSize.STAFF);
    }
}
