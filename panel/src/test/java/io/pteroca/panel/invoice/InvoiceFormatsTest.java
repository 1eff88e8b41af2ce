package io.pteroca.panel.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How invoice numbers are written from their pattern. */
class InvoiceFormatsTest {

    @Test
    void thePatternWritesTheYearAndTheNumberAndAPatternWithoutANumberGetsOne() {
        assertThat(InvoiceNumbers.format("INV/{yyyy}/{n}", 2026, 7)).isEqualTo("INV/2026/7");
        assertThat(InvoiceNumbers.format("{n}-{yyyy}", 2026, 12)).isEqualTo("12-2026");
        assertThat(InvoiceNumbers.format("FV{yyyy}-", 2027, 1)).isEqualTo("FV2027-1");
        assertThat(InvoiceNumbers.format(" ", 2027, 3)).isEqualTo("3");
    }
}
