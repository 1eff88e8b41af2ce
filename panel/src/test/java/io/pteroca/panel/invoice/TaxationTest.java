package io.pteroca.panel.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.panel.account.BillingDetails;
import io.pteroca.panel.account.VatIds;
import io.pteroca.panel.shared.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which tax a buyer pays, and how invoice lines are rounded (per line, then the totals are the sums of the lines). */
class TaxationTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Map<String, BigDecimal> RATES = Map.of("PL", new BigDecimal("23"), "DE", new BigDecimal("19"),
            "FR", new BigDecimal("20"), "US", BigDecimal.ZERO);

    private static Taxation.Decision sellerInPoland(BillingDetails buyer) {
        return Taxation.decide(true, "PL", Optional.ofNullable(buyer), country -> Optional.ofNullable(RATES.get(country)));
    }

    private static BillingDetails consumer(String country) {
        return new BillingDetails("Zoë Łukasiewicz", null, "Główna 1", "00-001", "Town", country, null);
    }

    private static BillingDetails business(String country, String vatId) {
        return new BillingDetails("Jan Kowalski", "Müller GmbH", "Straße 2", "10115", "Berlin", country, vatId);
    }

    @Test
    void consumersPayTheRateOfTheCountryTheyLiveIn() {
        assertThat(sellerInPoland(consumer("PL"))).isEqualTo(new Taxation.Decision(TaxTreatment.STANDARD, new BigDecimal("23"), "PL"));
        assertThat(sellerInPoland(consumer("DE"))).isEqualTo(new Taxation.Decision(TaxTreatment.STANDARD, new BigDecimal("19"), "DE"));
        assertThat(sellerInPoland(consumer("FR"))).isEqualTo(new Taxation.Decision(TaxTreatment.STANDARD, new BigDecimal("20"), "FR"));
    }

    @Test
    void businessesInOtherMemberStatesWithAWellFormedVatIdAreReverseCharged() {
        assertThat(sellerInPoland(business("DE", "DE123456789")).treatment()).isEqualTo(TaxTreatment.REVERSE_CHARGE);
        assertThat(sellerInPoland(business("DE", "DE123456789")).rate()).isZero();
        assertThat(sellerInPoland(business("FR", "FRXX123456789")).treatment()).isEqualTo(TaxTreatment.REVERSE_CHARGE);
    }

    @Test
    void aBusinessInTheSellersCountryOrWithAMalformedVatIdPaysItsCountrysRate() {
        assertThat(sellerInPoland(business("PL", "PL1234567890")))
                .isEqualTo(new Taxation.Decision(TaxTreatment.STANDARD, new BigDecimal("23"), "PL"));
        assertThat(sellerInPoland(business("DE", "DE12345"))).as("too short for Germany")
                .isEqualTo(new Taxation.Decision(TaxTreatment.STANDARD, new BigDecimal("19"), "DE"));
        assertThat(sellerInPoland(business("FR", "DE123456789"))).as("another country's prefix")
                .isEqualTo(new Taxation.Decision(TaxTreatment.STANDARD, new BigDecimal("20"), "FR"));
    }

    @Test
    void buyersOutsideTheEuPayTheirTableRateAndNobodyPaysTaxWhenTaxesAreOff() {
        assertThat(sellerInPoland(business("US", "US123"))).isEqualTo(new Taxation.Decision(TaxTreatment.STANDARD, BigDecimal.ZERO, "US"));
        assertThat(sellerInPoland(null)).as("no details: a consumer in the seller's country")
                .isEqualTo(new Taxation.Decision(TaxTreatment.STANDARD, new BigDecimal("23"), "PL"));
        assertThat(Taxation.decide(false, "PL", Optional.of(consumer("DE")), c -> Optional.of(BigDecimal.TEN)))
                .isEqualTo(new Taxation.Decision(TaxTreatment.NOT_TAXED, BigDecimal.ZERO, null));
    }

    @Test
    void vatIdFormatsAreCheckedPerCountry() {
        assertThat(VatIds.wellFormed("ATU12345678", "AT")).isTrue();
        assertThat(VatIds.wellFormed("NL123456789B01", "NL")).isTrue();
        assertThat(VatIds.wellFormed("EL123456789", "GR")).as("Greece writes EL").isTrue();
        assertThat(VatIds.wellFormed("PL 123-456-78-90", "PL")).as("spaces and dashes are ignored").isTrue();
        assertThat(VatIds.wellFormed("PL123456789", "PL")).isFalse();
        assertThat(VatIds.wellFormed("GB123456789", "GB")).as("not in the EU").isFalse();
    }

    @Test
    void anAmountThatIncludesTaxIsSplitPerLineAndTheTotalsAreTheSumsOfTheLines() {
        List<Taxation.Line> lines = Taxation.lines(List.of(new Taxation.Item("a", Money.of("123.00", EUR)),
                new Taxation.Item("b", Money.of("0.10", EUR)), new Taxation.Item("c", Money.of("0.10", EUR))),
                new BigDecimal("23"), true);
        assertThat(lines.get(0)).isEqualTo(new Taxation.Line("a", Money.of("100.00", EUR), Money.of("23.00", EUR), Money.of("123.00", EUR)));
        // 0.10 / 1.23 = 0.0813 → 0.08 net, 0.02 tax, on each line
        assertThat(lines.get(1)).isEqualTo(new Taxation.Line("b", Money.of("0.08", EUR), Money.of("0.02", EUR), Money.of("0.10", EUR)));
        Taxation.Totals totals = Taxation.Totals.of(lines);
        assertThat(totals.net().amount()).isEqualByComparingTo("100.16");
        assertThat(totals.tax().amount()).isEqualByComparingTo("23.04");
        assertThat(totals.gross().amount()).isEqualByComparingTo("123.20");
        assertThat(totals.net().plus(totals.tax())).isEqualTo(totals.gross());
    }

    @Test
    void taxOnANetAmountIsRoundedHalfEvenOnceAtTheMinorUnit() {
        // 19% of 0.50 = 0.095 → 0.10 (half-even: 9 is odd); 19% of 1.50 = 0.285 → 0.28 (8 is even)
        List<Taxation.Line> lines = Taxation.lines(List.of(new Taxation.Item("a", Money.of("0.50", EUR)),
                new Taxation.Item("b", Money.of("1.50", EUR))), new BigDecimal("19"), false);
        assertThat(lines.get(0).tax().amount()).isEqualByComparingTo("0.10");
        assertThat(lines.get(1).tax().amount()).isEqualByComparingTo("0.28");
        assertThat(lines.get(1).gross().amount()).isEqualByComparingTo("1.78");
        // A ledger amount with 4 places is rounded to cents before it is taxed: 9.9950 → 10.00 (half-even: 9 is odd)
        assertThat(Taxation.lines(List.of(new Taxation.Item("c", Money.of("9.9950", EUR))), BigDecimal.ZERO, true)
                .get(0).gross().amount()).isEqualByComparingTo("10.00");
    }
}
