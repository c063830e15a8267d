package io.clientela.ingest;

import io.clientela.core.FaultException;
import io.clientela.store.Db;
import io.clientela.store.Workspace;
import io.clientela.store.profiles.ProfileRefresher;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Imports files into a workspace, one transaction per file: stage, validate, quarantine, write,
 * resolve identities, record the import. Any failure rolls the file back completely; a crash does
 * too, because DuckDB only replays committed transactions. The same file with the same mapping is
 * recognised by its SHA-256 and adds nothing the second time.
 */
public final class Importer {
    private static final int STAGES = 5;
    private final Workspace workspace;
    private final Rules rules;
    private final ProfileRefresher profiles;
    private final Clock clock;

    public Importer(Workspace workspace, Rules rules, ProfileRefresher profiles, Clock clock) {
        this.workspace = workspace;
        this.rules = rules;
        this.profiles = profiles;
        this.clock = clock;
    }

    public ImportReport importFile(Mapping mapping, Path file, ImportListener listener) {
        long started = System.nanoTime();
        String name = file.toString();
        checkReadable(file);
        listener.stage(name, 1, STAGES, "reading");
        Connection c = workspace.connection();
        String format = mapping.formatFor(file.getFileName().toString());
        Path plain = null;
        // staged outside the transaction: temporary tables are private to this connection, and rowids
        // of committed temporary tables count rows from 0, which gives the row numbers
        try {
            SourceColumns columns;
            String sha;
            if (Gunzip.applies(file, format)) {
                plain = temporaryFile();
                sha = Gunzip.decompress(file, plain);
                columns = new Stager(c).stage(mapping, file, plain, format);
            } else {
                // the checksum is computed while DuckDB reads the file: both take a core
                CompletableFuture<String> checksum = CompletableFuture.supplyAsync(() -> sha256(file));
                try {
                    columns = new Stager(c).stage(mapping, file, file, format);
                } catch (RuntimeException e) {
                    checksum.cancel(false);
                    throw e;
                }
                sha = join(checksum);
            }
            List<Map<String, Object>> before = Db.query(c, "SELECT import_id, rows_read FROM imports WHERE file_sha256 = ? "
                    + "AND mapping_sha256 = ? ORDER BY import_id LIMIT 1", sha, mapping.sha256());
            if (!before.isEmpty()) {
                long rows = ((Number) before.get(0).get("rows_read")).longValue();
                return new ImportReport(name, mapping.name(), mapping.entity().name(), mapping.source(),
                        ((Number) before.get(0).get("import_id")).longValue(), "already imported", rows, 0, rows, 0, Map.of(), seconds(started));
            }
            listener.stage(name, 2, STAGES, "checking columns");
            new ColumnCheck(mapping, file, columns).run(c);
            LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
            ImportReport report = load(mapping, file, listener, columns, format, sha, now, started);
            return new ImportReport(report.file(), report.mapping(), report.entity(), report.source(), report.importId(), report.status(),
                    report.rowsRead(), report.accepted(), report.unchanged(), report.quarantined(), report.byReason(), seconds(started));
        } finally {
            Stager.drop(c);
            deleteQuietly(plain);
        }
    }

    private Path temporaryFile() {
        try {
            Path dir = Files.createDirectories(workspace.dir().resolve("tmp"));
            return Files.createTempFile(dir, "import-", ".txt");
        } catch (IOException e) {
            throw new ImportException("cannot create a temporary file in " + workspace.dir() + ": " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path p) {
        if (p != null) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                // a leftover temporary file is harmless; the next import in the folder does not read it
            }
        }
    }

    private ImportReport load(Mapping mapping, Path file, ImportListener listener, SourceColumns columns, String format, String sha,
                              LocalDateTime now, long started) {
        String name = file.toString();
        return workspace.inTransaction(tx -> {
            long importId = Db.queryLong(tx, "SELECT nextval('import_seq')");
            listener.stage(name, 3, STAGES, "validating");
            new Validation(tx, mapping, rules, columns, now).run(importId, name);
            listener.stage(name, 4, STAGES, "writing");
            EntityWriter writer = new EntityWriter(tx, mapping, importId);
            long changed = writer.writeCustomers();
            listener.stage(name, 5, STAGES, "resolving identities");
            profiles.refresh(tx, importId, now);
            changed += writer.writeRest();
            long staged = Db.queryLong(tx, "SELECT count(*) FROM stg");
            long rejectedByParser = Db.queryLong(tx, "SELECT count(DISTINCT line) FROM stg_rejects");
            long acceptedRows = Db.queryLong(tx, "SELECT count(*) FROM acc");
            Map<String, Long> byReason = new LinkedHashMap<>();
            for (Map<String, Object> r : Db.query(tx, "SELECT CASE WHEN field IS NULL THEN reason ELSE field || ': ' || reason END AS why, "
                    + "count(*) AS n FROM quarantine WHERE import_id = ? GROUP BY why ORDER BY n DESC, why", importId)) {
                byReason.put((String) r.get("why"), ((Number) r.get("n")).longValue());
            }
            long quarantined = byReason.values().stream().mapToLong(Long::longValue).sum();
            long rowsRead = staged + rejectedByParser;
            ImportReport result = new ImportReport(name, mapping.name(), mapping.entity().name(), mapping.source(), importId, "imported",
                    rowsRead, changed, acceptedRows - changed, quarantined, byReason, seconds(started));
            Db.update(tx, "INSERT INTO imports VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", importId, name, sha, fileSize(file),
                    mapping.name(), mapping.sha256(), mapping.source(), mapping.entity().name(), now,
                    LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), rowsRead, result.accepted() + result.unchanged(), quarantined);
            Db.execute(tx, "DROP VIEW IF EXISTS acc");
            for (String t : List.of("typed", "dups", "acc1")) {
                Db.execute(tx, "DROP TABLE IF EXISTS " + t);
            }
            return result;
        });
    }

    private static void checkReadable(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ImportException(file + " does not exist or is not a file");
        }
        if (!Files.isReadable(file)) {
            throw new ImportException(file + " is not readable");
        }
        if (fileSize(file) == 0) {
            throw new ImportException(file + " is empty (0 bytes); nothing was imported");
        }
    }

    private static long fileSize(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new ImportException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static String join(CompletableFuture<String> checksum) {
        try {
            return checksum.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : e;
        }
    }

    private static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            byte[] buffer = new byte[1 << 16];
            while (in.read(buffer) >= 0) {
                // the digest sees every byte
            }
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new ImportException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new FaultException("this Java has no SHA-256, which Clientela needs", e);
        }
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
