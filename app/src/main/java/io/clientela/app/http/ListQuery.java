package io.clientela.app.http;

import io.clientela.service.access.Role;
import io.clientela.store.Db;
import io.clientela.store.StoreException;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One list endpoint's query: {@code SELECT columns FROM ... WHERE ...} with bound parameters and
 * the columns it may be sorted by. {@link #respond} answers with one page as JSON ({@code items,
 * total, page, size, sort, order}) or, with {@code format=csv}, the whole filtered list streamed as
 * CSV. Personal columns are masked for roles that may not see personal data.
 */
record ListQuery(String select, String fromWhere, List<Object> params, Set<String> sortable, String defaultSort) {
    static final Set<String> PERSONAL = Set.of("name", "first_name", "last_name", "email", "phone", "birth_date", "city", "latitude",
            "longitude", "external_id", "raw", "value", "key_value");
    static final String MASK = "•••";

    ListQuery {
        if (!sortable.contains(defaultSort)) {
            throw new IllegalArgumentException("defaultSort: " + defaultSort + " is not sortable " + sortable);
        }
        params = List.copyOf(params);
    }

    void respond(Context ctx, Connection c, Role role) {
        String sort = Params.oneOf(ctx, "sort", sortable, defaultSort);
        String order = Params.oneOf(ctx, "order", Set.of("asc", "desc"), "asc");
        String format = Params.oneOf(ctx, "format", Set.of("json", "csv"), "json");
        String orderBy = " ORDER BY " + Db.ident(sort) + " " + order + " NULLS LAST";
        String sql = "SELECT * FROM (SELECT " + select + " FROM " + fromWhere + ")" + orderBy;
        if (format.equals("csv")) {
            csv(ctx, c, sql, role);
            return;
        }
        int page = Params.integer(ctx, "page", 1, 1_000_000, 1);
        int size = Params.integer(ctx, "size", 1, 500, 50);
        long total = Db.queryLong(c, "SELECT count(*) FROM " + fromWhere, params.toArray());
        List<Object> p = new ArrayList<>(params);
        p.add(size);
        p.add((long) (page - 1) * size);
        List<Map<String, Object>> rows = Db.query(c, sql + " LIMIT ? OFFSET ?", p.toArray());
        if (!role.seesPersonalData()) {
            rows.forEach(r -> r.replaceAll((k, v) -> PERSONAL.contains(k) && v != null ? MASK : v));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("items", rows);
        out.put("total", total);
        out.put("page", page);
        out.put("size", size);
        out.put("sort", sort);
        out.put("order", order);
        ctx.json(out);
    }

    private void csv(Context ctx, Connection c, String sql, Role role) {
        ctx.contentType("text/csv; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"" + ctx.path().replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "") + ".csv\"");
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            try (ResultSet rs = ps.executeQuery(); Writer w = new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8)) {
                ResultSetMetaData md = rs.getMetaData();
                int n = md.getColumnCount();
                boolean[] masked = new boolean[n + 1];
                StringBuilder line = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    masked[i] = !role.seesPersonalData() && PERSONAL.contains(md.getColumnLabel(i));
                    line.append(i > 1 ? "," : "").append(cell(md.getColumnLabel(i)));
                }
                w.write(line.append("\r\n").toString());
                while (rs.next()) {
                    line.setLength(0);
                    for (int i = 1; i <= n; i++) {
                        Object v = rs.getObject(i);
                        line.append(i > 1 ? "," : "").append(v == null ? "" : masked[i] ? MASK : cell(v.toString()));
                    }
                    w.write(line.append("\r\n").toString());
                }
            }
        } catch (SQLException e) {
            throw new StoreException(sql, e);
        } catch (IOException e) {
            throw new IllegalStateException("client went away during CSV export", e);
        }
    }

    /** RFC 4180 quoting, and a leading quote for cells a spreadsheet would run as a formula. */
    static String cell(String s) {
        String v = !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 && !s.matches("-?[0-9.Ee+-]+") ? "'" + s : s;
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
