package io.clientela.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Small JDBC helpers: bind parameters, read rows as ordered maps or stream them, translate SQL errors. */
public final class Db {
    /**
     * Statement times, off unless a level is set for logger {@code clientela.sql} (in {@code clientela.yaml}:
     * {@code logging: {loggers: {clientela.sql: debug}}}): at DEBUG each statement of 1 ms or more with
     * the first 160 characters of its SQL, at TRACE every statement in full. Only the SQL text: the
     * values are bound as parameters and are not logged.
     */
    private static final Logger SQL = LoggerFactory.getLogger("clientela.sql");

    private Db() {
    }

    private static void trace(String sql, long startedNanos) {
        if (!SQL.isDebugEnabled()) {
            return;
        }
        long ms = (System.nanoTime() - startedNanos) / 1_000_000;
        if (SQL.isTraceEnabled()) {
            SQL.trace("{} ms {}", ms, sql);
        } else if (ms >= 1) {
            SQL.debug("{} ms {}", ms, sql.length() > 160 ? sql.substring(0, 160) + "..." : sql);
        }
    }

    public static int update(Connection c, String sql, Object... params) {
        long t0 = System.nanoTime();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            int n = ps.executeUpdate();
            trace(sql, t0);
            return n;
        } catch (SQLException e) {
            throw new StoreException(sql, e);
        }
    }

    public static void execute(Connection c, String sql) {
        long t0 = System.nanoTime();
        try (Statement st = c.createStatement()) {
            st.execute(sql);
            trace(sql, t0);
        } catch (SQLException e) {
            throw new StoreException(sql, e);
        }
    }

    public static Long queryLong(Connection c, String sql, Object... params) {
        Object v = queryValue(c, sql, params);
        return v == null ? null : ((Number) v).longValue();
    }

    public static String queryString(Connection c, String sql, Object... params) {
        Object v = queryValue(c, sql, params);
        return v == null ? null : v.toString();
    }

    public static Object queryValue(Connection c, String sql, Object... params) {
        List<Map<String, Object>> rows = query(c, sql, params);
        return rows.isEmpty() ? null : rows.get(0).values().iterator().next();
    }

    /** Rows as insertion-ordered maps of column label to a plain Java value. */
    public static List<Map<String, Object>> query(Connection c, String sql, Object... params) {
        long t0 = System.nanoTime();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                ResultSetMetaData md = rs.getMetaData();
                int n = md.getColumnCount();
                List<Map<String, Object>> rows = new ArrayList<>();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= n; i++) {
                        row.put(md.getColumnLabel(i), plain(rs.getObject(i)));
                    }
                    rows.add(row);
                }
                trace(sql, t0);
                return rows;
            }
        } catch (SQLException e) {
            throw new StoreException(sql, e);
        }
    }

    /**
     * Streams the rows of a query to {@code sink} one at a time, without holding them: the column
     * labels, then each row's cells as text ({@code toString()} of the driver's value, null for NULL).
     */
    public static void stream(Connection c, String sql, RowSink sink, Object... params) {
        long t0 = System.nanoTime();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                ResultSetMetaData md = rs.getMetaData();
                int n = md.getColumnCount();
                String[] labels = new String[n];
                for (int i = 1; i <= n; i++) {
                    labels[i - 1] = md.getColumnLabel(i);
                }
                sink.columns(List.of(labels));
                while (rs.next()) {
                    String[] cells = new String[n];
                    for (int i = 1; i <= n; i++) {
                        Object v = rs.getObject(i);
                        cells[i - 1] = v == null ? null : v.toString();
                    }
                    sink.row(Arrays.asList(cells));
                }
                trace(sql, t0);
            }
        } catch (SQLException e) {
            throw new StoreException(sql, e);
        }
    }

    /** The columns of a table of the workspace (not a temporary one), in order, with their SQL types. */
    public static Map<String, String> columns(Connection c, String table) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map<String, Object> r : query(c, "SELECT column_name, data_type FROM duckdb_columns() WHERE table_name = ? AND database_name <> 'temp' "
                + "AND schema_name = 'main' ORDER BY column_index", table)) {
            out.put((String) r.get("column_name"), (String) r.get("data_type"));
        }
        return out;
    }

    static Object plain(Object v) {
        if (v instanceof Timestamp t) {
            return t.toLocalDateTime();
        }
        if (v instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        if (v instanceof java.sql.Array || v instanceof java.sql.Struct) {
            return v.toString();
        }
        // a JSON column: the driver's own node has only is...() getters, which JSON writers took for its content
        if (v instanceof org.duckdb.JsonNode j) {
            return Json.tree(j.toString());
        }
        return v;
    }

    static void bind(PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            if (p instanceof LocalDateTime t) {
                ps.setTimestamp(i + 1, Timestamp.valueOf(t));
            } else if (p instanceof LocalDate d) {
                ps.setDate(i + 1, java.sql.Date.valueOf(d));
            } else if (p instanceof BigDecimal b) {
                ps.setBigDecimal(i + 1, b);
            } else {
                ps.setObject(i + 1, p);
            }
        }
    }

    /** A unit of work on a connection, in a transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /**
     * The one way to run work in a transaction: committed when {@code work} returns, rolled back when
     * it throws (an SQL failure becomes a {@link StoreException}; others pass unchanged). Inside a
     * transaction already open on the connection, the work simply joins it.
     */
    public static <T> T inTransaction(Connection c, Work<T> work) {
        try {
            if (!c.getAutoCommit()) {
                return work.run(c);
            }
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                try {
                    c.rollback();
                } catch (SQLException r) {
                    e.addSuppressed(r); // the first failure is the one to report
                }
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("transaction", e);
        }
    }

    /**
     * A second connection to the same database, in UTC like the first; closed again if it cannot be
     * set up. The one way the store opens another connection ({@link Workspace#newConnection}, {@link Handle#fork}).
     */
    static Connection duplicate(Connection c) {
        return c instanceof Connections.Swappable s ? s.duplicateConnection() : duplicateReal(c);
    }

    /** A second real DuckDB connection (what {@link Connections} puts behind its proxies). */
    static Connection duplicateReal(Connection c) {
        Connection d;
        try {
            d = c.unwrap(org.duckdb.DuckDBConnection.class).duplicate();
        } catch (SQLException e) {
            throw new StoreException("a second connection to the workspace", e);
        }
        try {
            execute(d, "SET TimeZone = 'UTC'");
            return d;
        } catch (RuntimeException e) {
            try {
                d.close();
            } catch (SQLException ignored) {
                // the failure to set it up is the one to report
            }
            throw e;
        }
    }

    /**
     * The items of an {@code IN (...)} list for {@code values}: written as string literals when every
     * value is plain text (no control character, so nothing a literal could carry wrongly: a DuckDB
     * string literal knows no escape but the doubled quote), otherwise as {@code ?} placeholders whose
     * values are appended to {@code params}. DuckDB plans a literal list against an index about twice
     * as fast as the same list bound (measured for the collector's look-ups of 500 ids in 2 M rows), and
     * the collector's ids are checked for control characters before they reach a statement.
     */
    public static String inList(Collection<String> values, List<Object> params) {
        boolean plain = true;
        for (String v : values) {
            plain &= isPlain(v);
        }
        if (!plain) {
            params.addAll(values);
            return String.join(", ", java.util.Collections.nCopies(values.size(), "?"));
        }
        StringBuilder b = new StringBuilder(values.size() * 16);
        for (String v : values) {
            b.append(b.length() == 0 ? "" : ", ").append(literal(v));
        }
        return b.toString();
    }

    /** Whether {@code s} may be written as a literal by {@link #inList}: it holds no control character. */
    public static boolean isPlain(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                return false;
            }
        }
        return true;
    }

    /** Quotes an SQL string literal. */
    public static String literal(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    /** Quotes an SQL identifier. */
    public static String ident(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }
}
