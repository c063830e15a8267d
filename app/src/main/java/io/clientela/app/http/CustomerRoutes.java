package io.clientela.app.http;

import io.clientela.service.access.Role;
import io.clientela.service.privacy.Privacy;
import io.clientela.store.customers.CustomerQueries;
import io.clientela.store.customers.CustomerSearch;
import io.clientela.store.query.ListQuery;
import io.clientela.store.voice.VoiceQueries;
import io.clientela.store.query.Page;
import io.clientela.store.query.PageRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Customers: search, the 360 view, and the privacy requests (export everything, erase). */
final class CustomerRoutes {
    private CustomerRoutes() {
    }

    static void install(Api api) {
        api.get("/api/v1/customers", Role.PERSONAL_DATA, "The customer list behind every chart: search customers by name, e-mail, source id "
                + "or number (q); filter by country, region, channel, segment, from/to and the drill-down filters rfm_segment, r, f (RFM scores 1-5), "
                + "abc, quadrant, cohort (YYYY-MM) with month (months since), clv_min, clv_max, theme, term, or a saved segment (saved=<id>); "
                + "sort by any column (sort, order), page (page, size) and export exactly that list (format=csv|xlsx); an unknown parameter is a "
                + "400; an agent finds only customers with a case or alert of theirs", LIST_PARAMS, true, true, CustomerRoutes::search);
        api.get("/api/v1/customers/{id}", Role.PERSONAL_DATA, "The Customer 360: profile, identities, figures, latest value results and timeline",
                List.of("limit"), false, true, call -> {
                    long id = Params.id(call.ctx(), "id");
                    Scope.customer(call, id);
                    int limit = Params.integer(call.ctx(), "limit", 1, 1000, 100);
                    call.ctx().json(new CustomerQueries(call.c(), call.app().config().defaultCountry()).show(id, limit));
                });
        api.get("/api/v1/customers/{id}/export", Role.ADMINS, "Privacy: everything held on one customer, from every table, as JSON",
                List.of(), false, true, call -> {
                    long id = Params.id(call.ctx(), "id");
                    call.ctx().header("Content-Disposition", "attachment; filename=\"customer-" + id + ".json\"");
                    call.ctx().json(new Privacy(call.c(), call.app().workspace(), call.app().clock()).export(id));
                });
        api.delete("/api/v1/customers/{id}", Role.ADMINS, "Privacy: erase a customer from every table, identity, derived result and "
                + "free text, then rewrite the database file so that no copy is left in it",
                call -> call.ctx().json(new Privacy(call.c(), call.app().workspace(), call.app().clock())
                        .erase(Params.id(call.ctx(), "id"), call.session().user().username())));
        SavedSegmentRoutes.install(api);
    }

    /** Every parameter of the customer list: its filters, then search, saved segment, run, sorting, paging and export. */
    static final List<String> LIST_PARAMS = java.util.stream.Stream.concat(CustomerList.FILTERS.stream(), CustomerList.OTHERS.stream()).toList();

    /**
     * The customer list: one page as JSON (the page with its total, the base currency of the amounts,
     * the filters that apply and the ones that do not), or the whole sorted list as CSV or Excel.
     */
    private static void search(Call call) {
        Map<String, String> params = CustomerList.params(call, LIST_PARAMS);
        long run = Runs.chosen(call);
        // themes are those of the latest voice run, as on the Voice page ('run' is the value run)
        Long voiceRun = params.containsKey("theme") ? new VoiceQueries(call.c()).latestRun() : null;
        CustomerList.Criteria c = CustomerList.criteria(call, params, run, voiceRun);
        String q = CustomerList.text(params, "q", 200);
        ListQuery query = CustomerSearch.of(run, c.filter(), c.drill(), q, Scope.of(call));
        String sort = oneOf(params, "sort", query.sortable(), "customer_id");
        String order = oneOf(params, "order", Set.of("asc", "desc"), "asc");
        String format = oneOf(params, "format", Set.of("json", "csv", "xlsx"), "json");
        boolean masking = !call.session().user().role().seesPersonalData();
        if (format.equals("csv")) {
            Csv.export(call, query, sort, order, masking, SmallGroups.of(call));
            return;
        }
        if (format.equals("xlsx")) {
            Xlsx.export(call, query, sort, order, masking, "customers");
            return;
        }
        int page = Optional.ofNullable(CustomerList.integer(params, "page", 1, 1_000_000)).orElse(1);
        int size = Optional.ofNullable(CustomerList.integer(params, "size", 1, 500)).orElse(50);
        Page p = query.page(call.c(), new PageRequest(page, size, sort, order));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("items", masking ? p.items().stream().map(CustomerRoutes::masked).toList() : p.items());
        out.put("total", p.total());
        out.put("page", p.page());
        out.put("size", p.size());
        out.put("pages", Math.max(1, (p.total() + size - 1) / size));
        out.put("sort", sort);
        out.put("order", order);
        out.put("currency", call.app().config().value().currency().baseCode().orElse(null));
        out.put("run_id", run);
        out.put("filters", c.filters());
        if (params.containsKey("saved")) {
            out.put("saved", params.get("saved"));
        }
        // the period narrows only feedback (theme, term); the list's figures are those of the value run
        boolean period = c.filter().from() != null || c.filter().to() != null;
        if (period && c.drill().theme() == null && c.drill().term() == null) {
            out.put("not_applied", List.of("from", "to"));
        }
        call.ctx().json(out);
    }

    private static String oneOf(Map<String, String> params, String name, Set<String> allowed, String fallback) {
        String v = CustomerList.text(params, name, 64);
        if (v == null) {
            return fallback;
        }
        if (!allowed.contains(v)) {
            throw new io.clientela.core.UsageException("parameter '" + name + "': expected one of " + allowed.stream().sorted().toList()
                    + ", got '" + v + "'");
        }
        return v;
    }

    private static Map<String, Object> masked(Map<String, Object> row) {
        Map<String, Object> out = new LinkedHashMap<>(row);
        out.replaceAll((k, v) -> ListQuery.PERSONAL_COLUMNS.contains(k) && v != null ? Lists.MASK : v);
        return out;
    }
}
