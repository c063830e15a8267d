package io.clientela.analytics.value.clv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The CDNOW 1/10 sample (2,357 customers, weekly, calibration to 1997-09-30) as in the papers:
 * ID, x, t_x, T, zbar, from the lifetimes project (MIT), committed as a test resource (see NOTICE).
 */
final class CdnowSample {
    private CdnowSample() {
    }

    static List<RfmSummary> customers() {
        try (InputStream in = CdnowSample.class.getResourceAsStream("cdnow_customers_summary_with_transactions.csv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<RfmSummary> out = new ArrayList<>();
            r.readLine();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split(",");
                out.add(new RfmSummary(Integer.parseInt(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3]), Double.parseDouble(f[4]), 1));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
