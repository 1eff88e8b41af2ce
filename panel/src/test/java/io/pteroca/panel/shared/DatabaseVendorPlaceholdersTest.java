package io.pteroca.panel.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatabaseVendorPlaceholdersTest {

    @Test
    void eachEngineGetsItsOwnSpelling() {
        assertThat(DatabaseVendorPlaceholders.placeholdersFor("MariaDB").get("id")).isEqualTo("BIGINT AUTO_INCREMENT");
        assertThat(DatabaseVendorPlaceholders.placeholdersFor("MySQL").get("ts")).isEqualTo("DATETIME(6)");
        assertThat(DatabaseVendorPlaceholders.placeholdersFor("PostgreSQL").get("blob")).isEqualTo("BYTEA");
        assertThat(DatabaseVendorPlaceholders.placeholdersFor("H2").get("table_options")).isEmpty();
        assertThat(DatabaseVendorPlaceholders.placeholdersFor("MariaDB").get("still_not_null")).isEqualTo("NOT NULL");
        assertThat(DatabaseVendorPlaceholders.placeholdersFor("PostgreSQL").get("to_type")).isEqualTo("SET DATA TYPE");
    }
}
