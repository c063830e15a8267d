package io.clientela.ingest;

import io.clientela.core.FaultException;
import java.io.BufferedOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Decompresses a {@code .gz} source into a plain temporary file while computing the SHA-256 of the
 * compressed bytes, in one pass. DuckDB reads a gzip stream on one thread but a plain file on all
 * of them, so this is faster overall on a multi-core machine, and a truncated or corrupt archive is
 * found before anything is staged.
 */
final class Gunzip {
    private Gunzip() {
    }

    static boolean applies(Path file, String format) {
        return !format.equals("parquet") && file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".gz");
    }

    /** Writes the decompressed content to {@code target} and returns the checksum of {@code file}. */
    static String decompress(Path file, Path target) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new FaultException("this Java has no SHA-256, which Clientela needs", e);
        }
        try (InputStream raw = new DigestInputStream(Files.newInputStream(file), sha);
             InputStream in = new GZIPInputStream(raw, 1 << 16);
             OutputStream out = new BufferedOutputStream(Files.newOutputStream(target), 1 << 16)) {
            in.transferTo(out);
            raw.transferTo(OutputStream.nullOutputStream());
        } catch (EOFException | ZipException e) {
            throw new ImportException(file + " is a truncated or corrupt gzip file (" + e.getMessage() + "); nothing was imported", e);
        } catch (IOException e) {
            throw new ImportException("cannot read " + file + ": " + e.getMessage() + "; nothing was imported", e);
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
