package io.clientela.analytics.value.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class CdnowReferenceFileTest {
    /** As listed in ../shared/data/README.md for lifetimes' cdnow_customers_summary_with_transactions.csv. */
    private static final String SHA256 = "7ddd11b55be3227edfc1d58675154e96971b0de3ad37ddd9280d1dba154b8b2f";

    @Test
    void the_committed_copy_is_the_lifetimes_file_unchanged() throws IOException, NoSuchAlgorithmException {
        try (InputStream in = CdnowSample.class.getResourceAsStream(CdnowSample.FILE)) {
            assumeTrue(in != null, "no committed copy of " + CdnowSample.FILE + " on the test class path");
            assertThat(sha256(in.readAllBytes())).isEqualTo(SHA256);
        }
    }

    @Test
    void the_shared_reference_file_is_the_one_the_tests_were_written_against() throws IOException, NoSuchAlgorithmException {
        Path shared = CdnowSample.sharedFile();
        assumeTrue(shared != null && Files.isRegularFile(shared), () -> "skipped: no shared reference file at " + shared);

        assertThat(sha256(Files.readAllBytes(shared))).isEqualTo(SHA256);
    }

    private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
