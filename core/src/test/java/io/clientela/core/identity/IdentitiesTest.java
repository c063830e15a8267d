package io.clientela.core.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdentitiesTest {

    @ParameterizedTest(name = "{0} in {1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
        "07700 900123      | GB | +447700900123",
        "+44 7700 900123   | US | +447700900123",
        "0044 7700 900123  | DE | +447700900123",
        "06 30 123 4567    | HU | +36301234567",
        "+36 30 123 4567   | HU | +36301234567",
        "612 345 678       | ES | +34612345678",
        "(555) 010-0199    | US | +15550100199",
        "1 (555) 010-0199  | US | +15550100199",
        "(123) 456-7890    | US | +11234567890",
        "13800138000       | CN | +8613800138000",
        "0151 23456789     | DE | +4915123456789",
        "55 1234 5678      | MX | +525512345678",
        "085 123 4567      | IE | +353851234567",
        "call me           | GB | none",
        "123               | GB | none",
        "07700 900123      | XX | none",
        "+1234567890123456 | US | none"})
    void normalises_phones_to_e164(String raw, String country, String expected) {
        assertThat(Identities.phone(raw, country).orElse(null)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "none", value = {
        " Ann.Smith+news@Example.COM | ann.smith+news@example.com",
        "ann@example                 | none",
        "not an email                | none",
        "a@b.co                      | a@b.co"})
    void normalises_emails_without_inventing_links(String raw, String expected) {
        assertThat(Identities.email(raw).orElse(null)).isEqualTo(expected);
    }
}
