package io.clientela.app.http;

import io.clientela.core.NotFoundException;

import io.clientela.service.access.Role;
import io.clientela.store.Db;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Value runs, imports, quarantine and the audit log. */
final class DataRoutes {
    private DataRoutes() {
    }

    static void install(Api api) {
        api.get("/api/v1/runs", Role.ALL, "Value analysis runs: what, as of when, over which data", List.of(), true, false, call ->
                new ListQuery("run_id, CAST(analyses AS VARCHAR) AS analyses, as_of, data_from, data_to, customers, algorithm_version, started_at, "
                        + "finished_at", "analysis_runs", List.of(), Set.of("run_id", "as_of", "customers"), "run_id")
                        .respond(call.ctx(), call.c(), call.session().user().role()));
        api.get("/api/v1/runs/{id}", Role.ALL, "One run: parameters, provenance and aggregate results", List.of(), false, false, call -> {
            long id = Params.id(call.ctx(), "id");
            List<Map<String, Object>> rows = Db.query(call.c(), "SELECT run_id, CAST(analyses AS VARCHAR) AS analyses, as_of, data_from, data_to, "
                    + "algorithm_version, started_at, finished_at, customers, CAST(parameters AS VARCHAR) AS parameters FROM analysis_runs WHERE run_id = ?", id);
            if (rows.isEmpty()) {
                throw new NotFoundException("no value run " + id);
            }
            Map<String, Object> out = new LinkedHashMap<>(rows.get(0));
            out.put("parameters", Runs.parse((String) out.get("parameters")));
            out.put("result", Runs.result(call.c(), id));
            call.ctx().json(out);
        });
        api.get("/api/v1/runs/{id}/customers", Role.ANALYSTS, "One run's per-customer results", List.of("segment", "abc", "quadrant"), true, true,
                call -> {
                    List<Object> p = new ArrayList<>(List.of(Params.id(call.ctx(), "id")));
                    String w = new Filters(List.of(), List.of(), List.of(), Params.list(call.ctx(), "segment"), Params.list(call.ctx(), "abc"),
                            Params.list(call.ctx(), "quadrant"), null, null).where(p);
                    new ListQuery("v.customer_id, c.name, c.email, c.country, v.* EXCLUDE (run_id, customer_id)",
                            "customer_values v JOIN customers c USING (customer_id) WHERE v.run_id = ? AND " + w, p,
                            Set.of("customer_id", "revenue", "clv", "orders", "p_alive"), "customer_id")
                            .respond(call.ctx(), call.c(), call.session().user().role());
                });
        api.get("/api/v1/imports", Role.ANALYSTS, "Imported files with their counts", List.of("entity", "source"), true, false, call -> {
            List<Object> p = new ArrayList<>();
            String w = eq(call, p, "entity") + " AND " + eq(call, p, "source");
            new ListQuery("import_id, file, entity, source, mapping, started_at, finished_at, rows_read, accepted, quarantined, file_sha256",
                    "imports WHERE " + w, p, Set.of("import_id", "file", "entity", "started_at", "rows_read", "quarantined"), "import_id")
                    .respond(call.ctx(), call.c(), call.session().user().role());
        });
        api.get("/api/v1/quarantine", Role.ANALYSTS, "Rejected rows: file, row, field, value and reason", List.of("import_id", "field", "reason"),
                true, true, call -> {
                    List<Object> p = new ArrayList<>();
                    String w = eq(call, p, "field");
                    String importId = Params.text(call.ctx(), "import_id", 18);
                    if (importId != null) {
                        w += " AND CAST(import_id AS VARCHAR) = ?";
                        p.add(importId);
                    }
                    String reason = Params.text(call.ctx(), "reason", 200);
                    if (reason != null) {
                        w += " AND contains(lower(reason), lower(?))";
                        p.add(reason);
                    }
                    new ListQuery("import_id, file, row_no, field, value, reason, CAST(raw AS VARCHAR) AS raw", "quarantine WHERE " + w, p,
                            Set.of("import_id", "file", "row_no", "field", "reason"), "row_no").respond(call.ctx(), call.c(), call.session().user().role());
                });
        api.get("/api/v1/audit", Role.ADMINS, "The audit log: reads of personal data, exports, erasures, logins", List.of("action", "username"),
                true, false, call -> {
                    List<Object> p = new ArrayList<>();
                    String w = eq(call, p, "action") + " AND " + eq(call, p, "username");
                    new ListQuery("*", "audit_log WHERE " + w, p, Set.of("audit_id", "logged_at", "username", "action"), "audit_id")
                            .respond(call.ctx(), call.c(), call.session().user().role());
                });
    }

    private static String eq(Call call, List<Object> p, String column) {
        String v = Params.text(call.ctx(), column, 200);
        if (v == null) {
            return "true";
        }
        p.add(v);
        return Db.ident(column) + " = ?";
    }
}
