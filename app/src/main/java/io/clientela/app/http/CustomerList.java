package io.clientela.app.http;

import io.clientela.analytics.value.quadrant.Quadrant;
import io.clientela.core.UsageException;
import io.clientela.store.customers.CustomerDrill;
import io.clientela.store.customers.CustomerSearch;
import io.clientela.store.query.ListQuery;
import io.clientela.store.query.Page;
import io.clientela.store.query.PageRequest;
import io.clientela.store.voice.VoiceQueries;
import io.clientela.store.query.CustomerFilter;
import io.clientela.store.segments.SavedSegments;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The customer list behind every chart ({@code GET /api/v1/customers}): one page as JSON, or the
 * whole sorted list as CSV or Excel. Its filters are read from its query parameters (or a saved
 * segment's): the global filters {@code from, to, country, region, channel, segment} and the
 * drill-down filters {@code rfm_segment, r, f, abc, quadrant, cohort, month, clv_min, clv_max, theme,
 * term}. A parameter the list does not know, or a bad value, is a 400 naming it and what was expected.
 */
final class CustomerList {
    /** The filters, in the order the page names them. */
    static final List<String> FILTERS = List.of("rfm_segment", "r", "f", "abc", "quadrant", "cohort", "month", "clv_min", "clv_max", "theme",
            "term", "segment", "country", "region", "channel", "from", "to");
    /** The other parameters of the list: search, saved segment, run, sorting, paging, export. */
    static final List<String> OTHERS = List.of("q", "saved", "run", "sort", "order", "page", "size", "format", "lang");
    static final Set<String> ABC = Set.of("A", "B", "C");
    /** The four quadrants and the customers without feedback, as the value run labels them. */
    static final Set<String> QUADRANTS = java.util.Arrays.stream(Quadrant.values()).map(Quadrant::label).collect(java.util.stream.Collectors.toSet());

    private CustomerList() {
    }

    /** Every parameter of the customer list: its filters, then search, saved segment, run, sorting, paging and export. */
    static final List<String> PARAMS = java.util.stream.Stream.concat(FILTERS.stream(), OTHERS.stream()).toList();
    /** The parameters the API document lists for the endpoint (it adds paging, sorting and format to every list itself). */
    static final List<String> DOCUMENTED = PARAMS.stream().filter(p -> !List.of("sort", "order", "page", "size", "format").contains(p)).toList();

    /**
     * The customer list: one page as JSON (the page with its total, the base currency of the amounts,
     * the filters that apply and the ones that do not), or the whole sorted list as CSV or Excel.
     */
    static void respond(Call call) {
        Map<String, String> params = params(call, PARAMS);
        long run = Runs.chosen(call);
        // themes are those of the latest voice run, as on the Voice page ('run' is the value run)
        Long voiceRun = params.containsKey("theme") ? new VoiceQueries(call.c()).latestRun() : null;
        Criteria c = criteria(call, params, run, voiceRun);
        String q = ListParams.text(params, "q", 200);
        ListQuery query = CustomerSearch.of(run, c.filter(), c.drill(), q, Scope.of(call));
        String sort = oneOf(params, "sort", query.sortable(), "customer_id");
        String order = oneOf(params, "order", Set.of("asc", "desc"), "asc");
        String format = oneOf(params, "format", Set.of("json", "csv", "xlsx"), "json");
        boolean masking = !call.session().user().role().seesPersonalData();
        String currency = call.app().config().value().currency().baseCode().orElse(null);
        if (format.equals("csv")) {
            Csv.export(call, query, sort, order, masking, SmallGroups.of(call), headers(params, currency));
            return;
        }
        if (format.equals("xlsx")) {
            Excel.export(call, query, sort, order, masking, "customers", headers(params, currency));
            return;
        }
        int page = Optional.ofNullable(ListParams.integer(params, "page", 1, 1_000_000)).orElse(1);
        int size = Optional.ofNullable(ListParams.integer(params, "size", 1, 500)).orElse(50);
        Page p = query.page(call.c(), new PageRequest(page, size, sort, order));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("items", masking ? p.items().stream().map(CustomerList::masked).toList() : p.items());
        out.put("total", p.total());
        out.put("page", p.page());
        out.put("size", p.size());
        out.put("pages", Math.max(1, (p.total() + size - 1) / size));
        out.put("sort", sort);
        out.put("order", order);
        out.put("currency", currency);
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
        String v = ListParams.text(params, name, 64);
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

    /** The filters, read and checked: the shared ones, the drill-down ones and the search text. */
    record Criteria(CustomerFilter filter, CustomerDrill drill, Map<String, String> filters) {
    }

    /**
     * The request's parameters, one value each (400 for one the list does not know or one given twice),
     * under those of the saved segment {@code saved=<id>} when given: a parameter of the request
     * replaces the saved one of the same name ({@code saved} itself stays in the answer).
     */
    static Map<String, String> params(Call call, List<String> known) {
        Map<String, String> out = new LinkedHashMap<>();
        call.ctx().queryParamMap().forEach((name, values) -> {
            if (!known.contains(name)) {
                throw new UsageException("unknown parameter '" + name + "'; this list takes " + String.join(", ", known));
            }
            List<String> given = values.stream().filter(v -> v != null && !v.isBlank()).toList();
            if (given.size() > 1) {
                throw new UsageException("parameter '" + name + "': expected one value, got " + given.size());
            }
            if (!given.isEmpty()) {
                out.put(name, given.get(0).strip());
            }
        });
        String saved = out.get("saved");
        if (saved == null) {
            return out;
        }
        long id;
        try {
            id = Long.parseLong(saved);
        } catch (NumberFormatException e) {
            throw new UsageException("parameter 'saved': expected a saved segment number, got '" + saved + "'");
        }
        Map<String, String> merged = new LinkedHashMap<>(new SavedSegments(call.c()).get(id).filters());
        merged.putAll(out);
        return merged;
    }

    /** Only the filters of {@code params}, checked (what a saved segment keeps). */
    static Map<String, String> filtersOnly(Map<String, String> params) {
        Map<String, String> out = new LinkedHashMap<>();
        FILTERS.forEach(k -> {
            if (params.containsKey(k)) {
                out.put(k, params.get(k));
            }
        });
        return out;
    }

    /** The filters of {@code p} for value run {@code run} and voice run {@code voiceRun} (either may be absent: -1, null). */
    static Criteria criteria(Call call, Map<String, String> p, long run, Long voiceRun) {
        LocalDate from = ListParams.date(p, "from");
        LocalDate to = ListParams.date(p, "to");
        if (from != null && to != null && to.isBefore(from)) {
            throw new UsageException("parameter 'to': " + to + " is before 'from' " + from);
        }
        List<String> abc = ListParams.oneOfList(p, "abc", ABC);
        List<String> quadrant = ListParams.oneOfList(p, "quadrant", QUADRANTS);
        CustomerFilter filter = new CustomerFilter(ListParams.list(p, "country"), ListParams.list(p, "region"), ListParams.list(p, "channel"), ListParams.list(p, "segment"), abc, quadrant,
                from, to);
        String rfm = ListParams.text(p, "rfm_segment", 64);
        if (rfm != null) {
            List<String> known = CustomerDrill.rfmSegments(call.c(), run);
            if (!known.contains(rfm)) {
                throw new UsageException("parameter 'rfm_segment': '" + rfm + "' is not an RFM segment of value run " + run + "; its segments are "
                        + (known.isEmpty() ? "none (run 'clientela analyze value')" : String.join(", ", known)));
            }
        }
        Integer r = ListParams.integer(p, "r", 1, 5);
        Integer f = ListParams.integer(p, "f", 1, 5);
        Double clvMin = ListParams.decimal(p, "clv_min");
        Double clvMax = ListParams.decimal(p, "clv_max");
        if (clvMin != null && clvMax != null && clvMax < clvMin) {
            throw new UsageException("parameter 'clv_max': " + clvMax + " is below 'clv_min' " + clvMin);
        }
        YearMonth cohort = ListParams.month(p, "cohort");
        Integer month = ListParams.integer(p, "month", 0, 1200);
        if (month != null && cohort == null) {
            throw new UsageException("parameter 'month': months since the first purchase need a 'cohort' (YYYY-MM)");
        }
        LocalDate asOf = month == null ? null : CustomerDrill.asOf(call.c(), run);
        CustomerDrill drill = new CustomerDrill(rfm, r, f, clvMin, clvMax, cohort, month, ListParams.text(p, "theme", 64), ListParams.text(p, "term", 64), voiceRun,
                from, to, asOf);
        return new Criteria(filter, drill, filtersOnly(p));
    }

    /** The export's column names in the dashboard's language {@code lang=en|es|zh|hu}, amounts with their currency; none without lang. */
    private static final Map<String, List<String>> HEADERS = Map.of(
            "en", List.of("Customer", "Name", "E-mail", "Country", "Region", "Channel", "Segment", "ABC", "Quadrant", "Orders", "Revenue", "CLV",
                    "P(alive)", "Last order"),
            "es", List.of("Cliente", "Nombre", "Correo", "País", "Región", "Canal", "Segmento", "ABC", "Cuadrante", "Pedidos", "Ingresos", "CLV",
                    "P(activo)", "Último pedido"),
            "zh", List.of("客户", "姓名", "邮箱", "国家", "地区", "渠道", "细分", "ABC", "象限", "订单", "收入", "CLV", "存活概率", "最近订单"),
            "hu", List.of("Ügyfél", "Név", "E-mail", "Ország", "Régió", "Csatorna", "Szegmens", "ABC", "Kvadráns", "Rendelések", "Bevétel", "CLV",
                    "P(aktív)", "Utolsó rendelés"));

    private static Map<String, String> headers(Map<String, String> params, String currency) {
        String lang = oneOf(params, "lang", HEADERS.keySet(), null);
        if (lang == null) {
            return Map.of();
        }
        Map<String, String> out = new LinkedHashMap<>();
        List<String> names = HEADERS.get(lang);
        for (int i = 0; i < CustomerSearch.COLUMNS.size(); i++) {
            String column = CustomerSearch.COLUMNS.get(i);
            boolean money = column.equals("revenue") || column.equals("clv");
            out.put(column, names.get(i) + (money && currency != null ? " (" + currency + ")" : ""));
        }
        return out;
    }
}
