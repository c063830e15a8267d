package io.clientela.service.value;

import io.clientela.analytics.value.abc.Abc;
import io.clientela.analytics.value.abc.AbcResult;
import io.clientela.analytics.value.clv.BgNbd;
import io.clientela.analytics.value.clv.Clv;
import io.clientela.analytics.value.clv.GammaGamma;
import io.clientela.analytics.value.clv.LifetimeValues;
import io.clientela.analytics.value.clv.ParetoNbd;
import io.clientela.analytics.value.quadrant.QuadrantResult;
import io.clientela.analytics.value.quadrant.Quadrants;
import io.clientela.analytics.value.rfm.Rfm;
import io.clientela.analytics.value.rfm.RfmResult;
import io.clientela.analytics.value.rfm.Segments;
import io.clientela.core.ClientelaException;
import io.clientela.core.Provenance;
import io.clientela.core.UsageException;
import io.clientela.core.value.CustomerInputs;
import io.clientela.core.value.ValueWindow;
import io.clientela.store.Handle;
import io.clientela.store.Workspace;
import io.clientela.store.value.AnalysisRun;
import io.clientela.store.value.Currency;
import io.clientela.store.value.DataSpan;
import io.clientela.store.value.ValueInputs;
import io.clientela.store.value.ValueRollups;
import io.clientela.store.value.ValueStore;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The customer-value use case: aggregates the workspace's orders and feedback per customer in
 * DuckDB, runs the requested analyses (RFM, ABC, satisfaction × revenue quadrant, lifetime value,
 * cohorts) on one row per customer, and stores the run — its provenance, aggregates, roll-ups and
 * per-customer results — in one transaction, so a failed run leaves the store as it was.
 */
public final class ValueAnalysis {
    private final Handle handle;
    private final Clock clock;

    /** On the workspace's own connection (the command line). */
    public ValueAnalysis(Workspace workspace, Clock clock) {
        this(workspace.handle(), clock);
    }

    /** On a connection of its own (a server's background job), beside the connections serving requests. */
    public ValueAnalysis(Handle handle, Clock clock) {
        this.handle = handle;
        this.clock = clock;
    }

    /** How many steps {@link #run} reports to its progress callback for this request. */
    public static int steps(ValueRequest request) {
        return request.analyses().size() + 2;
    }

    /** The stored run and everything it reported, in the order a reader wants it. */
    public record Outcome(AnalysisRun run, Map<String, Object> report) {
    }

    /**
     * Runs the analyses and stores the run.
     *
     * @param progress told the name of each step as it starts
     */
    public Outcome run(ValueRequest request, Consumer<String> progress) {
        Instant started = clock.instant();
        Handle c = handle;
        ValueSettings settings = request.settings();
        Currency currency = settings.currency().settle(c);
        LocalDate today = LocalDate.now(clock);
        DataSpan all = ValueInputs.span(c, today);
        if (all.isEmpty()) {
            throw new ClientelaException("the workspace has no orders of identified customers; import orders first");
        }
        ValueWindow window = window(request, all, today, settings);
        DataSpan span = ValueInputs.span(c, window.asOf());
        List<String> notes = notes(span, window, all);

        progress.accept("aggregating orders and feedback per customer");
        ValueInputs.prepare(c, window, currency);
        try {
            return analyse(request, window, span, notes, currency, started, progress);
        } finally {
            ValueInputs.release(c);
        }
    }

    private Outcome analyse(ValueRequest request, ValueWindow window, DataSpan span, List<String> notes, Currency currency, Instant started,
                            Consumer<String> progress) {
        Handle c = handle;
        ValueSettings settings = request.settings();
        CustomerInputs in = ValueInputs.load(c, window);

        Map<String, Object> report = new LinkedHashMap<>();
        report.put("as_of", window.asOf().toString());
        report.put("calibration_end", window.calibrationEnd().toString());
        report.put("data_from", span.firstOrder().toString());
        report.put("data_to", min(span.lastOrder(), window.asOf()).toString());
        report.put("customers", in.size());
        report.put("currency", currency.baseCode().orElse(null));
        report.put("notes", notes);

        Scores scores = new Scores(in.size());
        // the time frame every result's provenance names
        java.util.function.UnaryOperator<Provenance> frame = p -> p.over(window.asOf(), span.firstOrder(), min(span.lastOrder(), window.asOf()));
        ValueRollups rollups = new ValueRollups(c, window.asOf());
        List<String> versions = new ArrayList<>();
        if (request.includes(ValueRequest.RFM)) {
            progress.accept("RFM scores and segments");
            RfmResult rfm = rfm(in, settings.segments(), scores);
            report.put(ValueRequest.RFM, ValueReports.rfm(rfm, frame));
            versions.add(rfm.provenance().version());
        }
        List<Map<String, Object>> productRows = List.of();
        AbcResult productAbc = null;
        if (request.includes(ValueRequest.ABC)) {
            progress.accept("ABC classes of customers and products");
            AbcResult customerAbc = abc(in, settings, scores);
            report.put(ValueRequest.ABC, ValueReports.abc(customerAbc, "customers by " + settings.abcBy(), frame));
            productRows = rollups.productRevenue();
            productAbc = Abc.classify(productRows.stream().mapToDouble(r -> ((Number) r.get("revenue")).doubleValue()).toArray(), settings.cutoffs());
            report.put("product_abc", ValueReports.abc(productAbc, "products", frame));
            versions.add(customerAbc.provenance().version());
        }
        if (request.includes(ValueRequest.QUADRANT)) {
            progress.accept("satisfaction × revenue quadrant");
            QuadrantResult quadrant = Quadrants.classify(in.satisfaction(), in.revenue(), settings.thresholds());
            scores.quadrant(quadrant.quadrants());
            report.put(ValueRequest.QUADRANT, ValueReports.quadrant(quadrant, frame));
            versions.add(quadrant.provenance().version());
        }
        if (request.includes(ValueRequest.CLV)) {
            progress.accept("fitting and scoring the lifetime-value models");
            LifetimeValues.Outcome clv = LifetimeValues.run(in, window, settings.clvOptions(request.fitAllModels()), marginRate(in, settings),
                    start -> rollups.repeatPurchasesByWeek(LocalDate.ofEpochDay(start), window.calibrationEnd()));
            report.put(ValueRequest.CLV, clv.report());
            scores.clv(clv);
            versions.add((settings.model().equals(BgNbd.MODEL) ? BgNbd.VERSION : ParetoNbd.VERSION) + " " + GammaGamma.VERSION + " " + Clv.VERSION);
        }
        if (request.includes(ValueRequest.COHORTS)) {
            progress.accept("acquisition cohorts");
            report.put(ValueRequest.COHORTS, rollups.cohorts());
            versions.add("cohorts-1");
        }

        progress.accept("storing the run and its roll-ups");
        String[] productIds = productRows.stream().map(r -> (String) r.get("product_id")).toArray(String[]::new);
        AbcResult products = productAbc;
        List<Map<String, Object>> productRevenue = productRows;
        Handle h = handle;
        return h.inTransaction(() -> {
            ValueStore store = new ValueStore(h);
            long runId = store.nextRunId();
            store.writeCustomers(runId, in, scores.toStore());
            if (products != null) {
                store.writeProducts(runId, productIds, productRevenue.stream().mapToDouble(r -> ((Number) r.get("revenue")).doubleValue()).toArray(),
                        shares(products, productRevenue), cumulative(products, productRevenue), products.classes());
            }
            Map<String, Object> rolled = new LinkedHashMap<>(rollups.byCustomerDimensions(runId));
            rolled.put("category", rollups.byCategory(runId));
            report.put("rollups", rolled);
            Map<String, Object> withId = new LinkedHashMap<>();
            withId.put("run_id", runId);
            withId.putAll(report);
            AnalysisRun run = new AnalysisRun(runId, request.analyses(), window.asOf(), io.clientela.store.Json.write(settings.asMap()), span.firstOrder(),
                    min(span.lastOrder(), window.asOf()), String.join(" ", versions), started, clock.instant(), in.size(), io.clientela.store.Json.write(withId));
            store.insertRun(run);
            return new Outcome(run, withId);
        });
    }

    private static ValueWindow window(ValueRequest request, DataSpan all, LocalDate today, ValueSettings settings) {
        LocalDate asOf = request.asOf() != null ? request.asOf() : all.lastOrder().isAfter(today) ? today : all.lastOrder();
        if (asOf.isBefore(all.firstOrder())) {
            throw new UsageException("the as-of date " + asOf + " is before the first order (" + all.firstOrder() + "): there is nothing to analyse");
        }
        LocalDate calibrationEnd = request.calibrationEnd() != null ? request.calibrationEnd() : asOf;
        if (calibrationEnd.isBefore(all.firstOrder())) {
            throw new UsageException("the calibration end " + calibrationEnd + " is before the first order (" + all.firstOrder()
                    + "): the models would have nothing to learn from");
        }
        try {
            return new ValueWindow(asOf, calibrationEnd, ValueWindow.periodDays(settings.period()));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static List<String> notes(DataSpan span, ValueWindow window, DataSpan all) {
        List<String> notes = new ArrayList<>();
        if (span.ordersAfterAsOf() > 0) {
            notes.add(span.ordersAfterAsOf() + " orders dated after the as-of date " + window.asOf() + " were left out"
                    + (all.ordersAfterAsOf() > 0 ? " (" + all.ordersAfterAsOf() + " of them are dated in the future)" : ""));
        }
        if (span.feedbackAfterAsOf() > 0) {
            notes.add(span.feedbackAfterAsOf() + " survey responses dated after the as-of date were left out");
        }
        if (span.anonymousOrders() > 0) {
            notes.add(span.anonymousOrders() + " orders without an identified customer were left out");
        }
        if (window.asOf().isAfter(span.lastOrder())) {
            notes.add("the as-of date is " + ChronoUnit.DAYS.between(span.lastOrder(), window.asOf()) + " days after the last order ("
                    + span.lastOrder() + "); recency counts from the as-of date");
        }
        return notes;
    }

    private static RfmResult rfm(CustomerInputs in, Segments segments, Scores scores) {
        int n = in.size();
        int[] recency = new int[n];
        for (int i = 0; i < n; i++) {
            recency[i] = in.recencyDays(i);
        }
        RfmResult r = Rfm.score(recency, in.purchaseDays(), in.revenue(), segments);
        scores.rfm(r);
        return r;
    }

    private static AbcResult abc(CustomerInputs in, ValueSettings settings, Scores scores) {
        double[] value = in.revenue();
        if (settings.abcBy().equals("margin")) {
            value = in.margin().clone();
            int known = 0;
            for (int i = 0; i < value.length; i++) {
                if (Double.isNaN(value[i])) {
                    value[i] = 0;
                } else {
                    known++;
                }
            }
            if (known == 0) {
                throw new ClientelaException("ABC classes by margin need product costs, and no ordered product has one; "
                        + "import products with a cost or use --abc-by revenue");
            }
        }
        AbcResult r = Abc.classify(value, settings.cutoffs());
        scores.abc(r.classes());
        return r;
    }

    /** The configured margin, else the margin share of the revenue whose product costs are known, else 1. */
    private static double marginRate(CustomerInputs in, ValueSettings settings) {
        if (settings.margin() != null) {
            return settings.margin();
        }
        double margin = 0;
        double revenue = 0;
        for (int i = 0; i < in.size(); i++) {
            if (!Double.isNaN(in.margin()[i])) {
                margin += in.margin()[i];
                revenue += in.revenue()[i];
            }
        }
        return revenue > 0 ? Math.max(0, Math.min(1, margin / revenue)) : 1;
    }

    private static double[] shares(AbcResult r, List<Map<String, Object>> rows) {
        double[] s = new double[rows.size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = r.total() > 0 ? Math.max(0, ((Number) rows.get(i).get("revenue")).doubleValue()) / r.total() : 0;
        }
        return s;
    }

    /** Rows come largest first, so the running sum of the shares is the Pareto curve. */
    private static double[] cumulative(AbcResult r, List<Map<String, Object>> rows) {
        double[] s = shares(r, rows);
        double sum = 0;
        for (int i = 0; i < s.length; i++) {
            sum += s[i];
            s[i] = sum;
        }
        return s;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
