package io.clientela.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientela.service.export.Xlsx;

import org.junit.jupiter.api.Test;

/** The Excel writer's small parts: column letters and XML text. */
class XlsxTest {
    @Test
    void columns_are_lettered_as_a_spreadsheet_letters_them() {
        assertThat(Xlsx.column(0)).isEqualTo("A");
        assertThat(Xlsx.column(25)).isEqualTo("Z");
        assertThat(Xlsx.column(26)).isEqualTo("AA");
        assertThat(Xlsx.column(27)).isEqualTo("AB");
        assertThat(Xlsx.column(701)).isEqualTo("ZZ");
        assertThat(Xlsx.column(702)).isEqualTo("AAA");
    }

    @Test
    void text_is_escaped_and_characters_xml_cannot_hold_are_left_out() {
        assertThat(Xlsx.escape("<b>Tom & \"Jerry\" 's</b>")).isEqualTo("&lt;b&gt;Tom &amp; &quot;Jerry&quot; &apos;s&lt;/b&gt;");
        assertThat(Xlsx.escape("a\u0000b\u0008c\td\ne")).isEqualTo("abc\td\ne");
        assertThat(Xlsx.escape("=SUM(A1:A9) 味道很好 😀")).isEqualTo("=SUM(A1:A9) 味道很好 😀");
    }
}
