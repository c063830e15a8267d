package io.clientela.app.logging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** What the logs keep of a message: what failed and where, never the values it quotes. */
class MaskTest {
    @Test
    void masks_the_input_duckdb_echoes_and_the_values_it_quotes() throws SQLException {
        String message;
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); PreparedStatement ps = c.prepareStatement("SELECT CAST(? AS JSON)")) {
            ps.setString(1, "{\"email\": \"ann@example.com\", oops");
            message = catchThrowableOfType(SQLException.class, ps::executeQuery).getMessage();
        }
        assertThat(message).contains("ann@example.com");

        assertThat(Mask.text(message)).startsWith("Conversion Error: Malformed JSON").contains("Input: …").doesNotContain("ann").doesNotContain("oops");
    }

    @Test
    void masks_single_and_double_quoted_values_but_not_apostrophes() {
        assertThat(Mask.text("Could not convert string 'ann@example.com' to INT32")).isEqualTo("Could not convert string '…' to INT32");
        assertThat(Mask.text("orders.csv row 17, field 'amount': expected a decimal, found \"12,5O\""))
                .isEqualTo("orders.csv row 17, field '…': expected a decimal, found \"…\"");
        assertThat(Mask.text("can't read 'O'Brien'; it's damaged")).isEqualTo("can't read '…'; it's damaged");
        assertThat(Mask.text("Duplicate key \"email: ann@example.com\" violates primary key constraint"))
                .isEqualTo("Duplicate key \"…\" violates primary key constraint");
        assertThat(Mask.text("rules: /tmp/ws/action-rules.yaml in force (1 rules)")).isEqualTo("rules: /tmp/ws/action-rules.yaml in force (1 rules)");
    }

    @Test
    void masks_the_query_of_a_url_but_not_sql_placeholders() {
        assertThat(Mask.text("bad request GET /api/v1/customers?q=ann@example.com&size=5 HTTP/1.1"))
                .isEqualTo("bad request GET /api/v1/customers?… HTTP/1.1");
        assertThat(Mask.text("SELECT name FROM customers WHERE customer_id = ? AND email IN (?, ?)"))
                .isEqualTo("SELECT name FROM customers WHERE customer_id = ? AND email IN (?, ?)");
    }
}
