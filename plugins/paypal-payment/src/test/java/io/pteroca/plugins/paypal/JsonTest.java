package io.pteroca.plugins.paypal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void readsPayPalsAnswers() {
        Object order = Json.parse("""
                {"id": "5O190127TN364715T", "status": "COMPLETED", "total": 12.50, "ok": true, "none": null,
                 "purchase_units": [{"payments": {"captures": [{"id": "3C6", "status": "COMPLETED"}]}}],
                 "links": [{"href": "https://x.test/a?b=\\"c\\"", "rel": "self"}], "name": "Zo\\u00eb \\/ \\n"}""");
        assertThat(Json.text(order, "id")).isEqualTo("5O190127TN364715T");
        assertThat(Json.text(order, "purchase_units", "0", "payments", "captures", "0", "status")).isEqualTo("COMPLETED");
        assertThat(Json.text(order, "total")).isEqualTo("12.50");
        assertThat(Json.text(order, "links", "0", "href")).isEqualTo("https://x.test/a?b=\"c\"");
        assertThat(Json.text(order, "name")).isEqualTo("Zoë / \n");
        assertThat(Json.text(order, "purchase_units", "1", "id")).as("past the end").isEmpty();
        assertThat(Json.text(order, "ok")).as("not text").isEmpty();
        assertThat(Json.text(order, "missing", "deeper")).isEmpty();
        assertThat(Json.list(order, "links")).hasSize(1);
        assertThat(Json.parse("[1, -2.5e3, \"x\", {}]")).isEqualTo(List.of(BigDecimal.ONE, new BigDecimal("-2.5e3"), "x", Map.of()));
    }

    @Test
    void refusesAnythingButExactlyOneValue() {
        for (String bad : List.of("", "{", "{\"a\":1} {\"b\":2}", "{\"a\":1}, \"webhook_id\": \"x\"", "{'a':1}", "[1,]",
                "{\"a\":01}", "\"\\x\"", "tru", "{\"a\" 1}", "[".repeat(100) + "]".repeat(100))) {
            assertThatThrownBy(() -> Json.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void quotesWhatItWrites() {
        String tricky = "a\"b\\c\nd\u0001e\u2028";
        assertThat(Json.quote(tricky)).isEqualTo("\"a\\\"b\\\\c\\nd\\u0001e\\u2028\"");
        assertThat(Json.parse(Json.quote(tricky))).isEqualTo(tricky);
    }
}
