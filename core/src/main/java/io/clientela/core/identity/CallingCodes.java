package io.clientela.core.identity;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Country calling codes and national trunk prefixes (ITU-T E.164 assignments), by ISO 3166 alpha-2. */
final class CallingCodes {
    private static final Map<String, Code> CODES = new HashMap<>();

    static {
        // code, trunk prefix ("" = none); countries with a trunk "0" drop it after the country code
        String table = """
                US 1 ;CA 1 ;MX 52 ;BR 55 0;AR 54 0;CL 56 ;CO 57 ;PE 51 ;GB 44 0;IE 353 0;DE 49 0;FR 33 0;ES 34 ;PT 351 ;IT 39 ;
                NL 31 0;BE 32 0;LU 352 ;AT 43 0;CH 41 0;DK 45 ;SE 46 0;NO 47 ;FI 358 0;IS 354 ;PL 48 ;CZ 420 ;SK 421 0;HU 36 06;
                RO 40 0;BG 359 0;GR 30 ;HR 385 0;SI 386 0;RS 381 0;EE 372 ;LV 371 ;LT 370 8;CY 357 ;MT 356 ;UA 380 0;RU 7 8;TR 90 0;
                IL 972 0;AE 971 0;SA 966 0;EG 20 0;ZA 27 0;NG 234 0;KE 254 0;MA 212 0;IN 91 0;PK 92 0;CN 86 0;HK 852 ;TW 886 0;
                JP 81 0;KR 82 0;SG 65 ;MY 60 0;TH 66 0;VN 84 0;ID 62 0;PH 63 0;AU 61 0;NZ 64 0
                """;
        for (String entry : table.replace("\n", "").split(";")) {
            String[] p = entry.strip().split(" ", -1);
            if (p.length >= 2) {
                String trunk = p.length > 2 && !p[2].isBlank() ? p[2] : null;
                CODES.put(p[0], new Code(p[1], trunk));
            }
        }
    }

    private CallingCodes() {
    }

    static Code of(String country) {
        return country == null ? null : CODES.get(country.strip().toUpperCase(Locale.ROOT));
    }

    record Code(String code, String trunkPrefix) {
    }
}
