package io.clientela.app.http;

import io.clientela.service.access.Role;
import io.clientela.store.query.ListQuery;
import io.clientela.store.query.Page;
import io.clientela.store.query.PageRequest;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Answers a list endpoint from its store query ({@link ListQuery}): with the parameters {@code sort},
 * {@code order}, {@code page} and {@code size}, one page as JSON ({@code items, total, page, size,
 * sort, order}); with {@code format=csv}, the whole sorted list as CSV ({@link Csv}). Personal
 * columns ({@link ListQuery#PERSONAL_COLUMNS}) are masked for roles that may not see personal data,
 * and groups of fewer customers than the minimum group size withheld ({@link SmallGroups}).
 */
final class Lists {
    static final String MASK = "•••";

    private Lists() {
    }

    static void respond(Call call, ListQuery q) {
        Context ctx = call.ctx();
        String sort = Params.oneOf(ctx, "sort", q.sortable(), q.defaultSort());
        String order = Params.oneOf(ctx, "order", Set.of("asc", "desc"), "asc");
        String format = Params.oneOf(ctx, "format", Set.of("json", "csv"), "json");
        Role role = call.session().user().role();
        if (format.equals("csv")) {
            Csv.export(call, q, sort, order, !role.seesPersonalData(), SmallGroups.of(call));
            return;
        }
        int page = Params.integer(ctx, "page", 1, 1_000_000, 1);
        int size = Params.integer(ctx, "size", 1, 500, 50);
        Page p = q.page(call.c(), new PageRequest(page, size, sort, order));
        ctx.json(role.seesPersonalData() ? p : SmallGroups.of(call).apply(p.withItems(p.items().stream().map(Lists::masked).toList())));
    }

    private static Map<String, Object> masked(Map<String, Object> row) {
        Map<String, Object> out = new LinkedHashMap<>(row);
        out.replaceAll((k, v) -> ListQuery.PERSONAL_COLUMNS.contains(k) && v != null ? MASK : v);
        return out;
    }
}
