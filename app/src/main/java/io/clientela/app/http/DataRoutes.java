package io.clientela.app.http;

import io.clientela.core.NotFoundException;
import io.clientela.service.access.Role;
import io.clientela.store.data.DataQueries;
import io.clientela.store.query.CustomerFilter;
import io.clientela.store.value.ValueRuns;
import java.util.List;

/** Value runs, imports, quarantine and the audit log ({@link ValueRuns}, {@link DataQueries}). */
final class DataRoutes {
    private DataRoutes() {
    }

    static void install(Api api) {
        api.get("/api/v1/runs", Role.ALL, "Value analysis runs: what, as of when, over which data", List.of(), true, false,
                call -> Lists.respond(call, ValueRuns.list()));
        api.get("/api/v1/runs/{id}", Role.ALL, "One run: parameters, provenance and aggregate results", List.of(), false, false, call -> {
            long id = Params.id(call.ctx(), "id");
            SmallGroups.json(call, new ValueRuns(call.c()).detail(id).orElseThrow(() -> new NotFoundException("no value run " + id)));
        });
        api.get("/api/v1/runs/{id}/customers", Role.ANALYSTS, "One run's per-customer results", List.of("segment", "abc", "quadrant"), true, true,
                call -> {
                    long id = Params.id(call.ctx(), "id");
                    CustomerFilter f = CustomerFilter.values(Params.list(call.ctx(), "segment"), Params.list(call.ctx(), "abc"),
                            Params.list(call.ctx(), "quadrant"));
                    Lists.respond(call, ValueRuns.customers(id, f));
                });
        api.get("/api/v1/imports", Role.ANALYSTS, "Imported files with their counts", List.of("entity", "source"), true, false, call -> {
            String entity = Params.text(call.ctx(), "entity", 200);
            String source = Params.text(call.ctx(), "source", 200);
            Lists.respond(call, DataQueries.imports(entity, source));
        });
        api.get("/api/v1/quarantine", Role.ANALYSTS, "Rejected rows: file, row, field, value and reason", List.of("import_id", "field", "reason"),
                true, true, call -> {
                    String field = Params.text(call.ctx(), "field", 200);
                    String importId = Params.text(call.ctx(), "import_id", 18);
                    String reason = Params.text(call.ctx(), "reason", 200);
                    Lists.respond(call, DataQueries.quarantine(field, importId, reason));
                });
        api.get("/api/v1/audit", Role.ADMINS, "The audit log: reads of personal data, exports, erasures, logins", List.of("action", "username"),
                true, false, call -> {
                    String action = Params.text(call.ctx(), "action", 200);
                    String username = Params.text(call.ctx(), "username", 200);
                    Lists.respond(call, DataQueries.audit(action, username));
                });
    }
}
