package io.clientela.app.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.clientela.core.NotFoundException;
import io.clientela.core.UsageException;
import io.clientela.service.access.Role;
import io.clientela.service.voice.CommentSearch;
import io.clientela.store.query.AgentScope;
import io.clientela.store.voice.CommentQueries;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The comment explorer: the feedback texts behind the voice figures, filtered by theme, term,
 * sentiment, language, NPS group, product, tag, the dashboard's filters and a searched text; paged
 * and sorted by date, NPS or sentiment, with the places of the matched term. Roles with personal data
 * get each comment's customer (an agent only their customers' comments, as everywhere) and may tag
 * comments; a viewer gets the texts without who wrote them, e-mail addresses and phone numbers in
 * them masked, and nothing from fewer comments than the minimum group size.
 */
final class CommentRoutes {
    static final List<String> PARAMS = List.of("theme", "term", "sentiment", "language", "nps_group", "product", "tag", "q", "sort", "order", "page",
            "size", "country", "region", "channel", "segment", "abc", "quadrant", "from", "to");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
    private static final Pattern PHONE = Pattern.compile("\\+?\\d[\\d ()-]{6,}\\d");
    private static final Pattern TAG = Pattern.compile("[^\\p{Cc}\\p{Cf}]{1,40}");

    private CommentRoutes() {
    }

    /** The analyzers load once, on the first term search, and serve every later one. */
    private static final class Analyzers {
        private CommentSearch search;

        synchronized CommentSearch get() {
            if (search == null) {
                search = new CommentSearch();
            }
            return search;
        }
    }

    static void install(Api api) {
        Analyzers analyzers = new Analyzers();
        api.get("/api/v1/voice/comments", Role.ALL, "Feedback comments filtered by theme, term, sentiment, language, nps_group (promoter|passive|"
                + "detractor), product, tag, period and the customer filters, or containing q; sorted by date, nps or sentiment; each with the "
                + "places of the matched term (matches); the customer only for roles with personal data", PARAMS, true, false,
                call -> list(call, analyzers.get()));
        api.get("/api/v1/voice/comments/tags", Role.ALL, "The tags given to comments, most used first", List.of(), false, false,
                call -> call.ctx().json(Map.of("items", new CommentQueries(call.c()).tags())));
        api.post("/api/v1/voice/comments/{source}/{id}/tags", Role.PERSONAL_DATA, "Tag a comment: body {\"tag\": \"refund promised\"}", true,
                call -> {
                    String[] key = comment(call);
                    JsonNode body = Bodies.object(call.ctx(), "{\"tag\": \"refund promised\"}", false);
                    String tag = tag(Bodies.text(body, "tag", 40, true, "{\"tag\": \"refund promised\"}"));
                    boolean added = new CommentQueries(call.c()).tag(key[0], key[1], tag, Scope.user(call), LocalDateTime.now(call.app().clock()));
                    call.ctx().json(CommentSearch.tagged(key[0], key[1], tag, added));
                });
        api.delete("/api/v1/voice/comments/{source}/{id}/tags", Role.PERSONAL_DATA, "Remove a tag from a comment: ?tag=refund%20promised", true,
                call -> {
                    String[] key = comment(call);
                    String tag = tag(Params.text(call.ctx(), "tag", 40));
                    boolean removed = new CommentQueries(call.c()).untag(key[0], key[1], tag);
                    if (!removed) {
                        throw new NotFoundException("comment " + key[0] + "/" + key[1] + " has no tag '" + tag + "'");
                    }
                    call.ctx().json(CommentSearch.tagged(key[0], key[1], tag, true));
                });
    }

    private static String tag(String tag) {
        if (tag == null || !TAG.matcher(tag).matches()) {
            throw new UsageException("tag: expected 1 to 40 characters without control characters, got " + (tag == null ? "none" : "'" + tag + "'"));
        }
        return tag;
    }

    /** The comment of the path, 404 when it does not exist or its customer is outside an agent's scope. */
    private static String[] comment(Call call) {
        String source = call.ctx().pathParam("source");
        String id = call.ctx().pathParam("id");
        var customer = new CommentQueries(call.c()).customerOf(source, id);
        if (customer.isEmpty() || Scope.limited(call) && (customer.get() < 0 || !Scope.of(call).seesCustomer(call.c(), customer.get()))) {
            throw new NotFoundException("comment " + source + "/" + id + " does not exist");
        }
        return new String[] {source, id};
    }

    private static void list(Call call, CommentSearch search) {
        var ctx = call.ctx();
        List<String> unknown = ctx.queryParamMap().keySet().stream().filter(k -> !PARAMS.contains(k)).sorted().toList();
        if (!unknown.isEmpty()) {
            throw new UsageException("unknown parameter " + String.join(", ", unknown) + "; the comment explorer knows " + String.join(", ", PARAMS));
        }
        CommentQueries q = new CommentQueries(call.c());
        String theme = Params.text(ctx, "theme", 100);
        String sentiment = Params.oneOf(ctx, "sentiment", Set.of("positive", "neutral", "negative"), null);
        String term = Params.text(ctx, "term", 100);
        boolean needsRun = theme != null || sentiment != null || term != null;
        if (needsRun && q.voiceRun() == null) {
            throw new UsageException("filtering by theme, term or sentiment needs a voice analysis: run 'clientela analyze voice' (or Run on the Voice page)");
        }
        var selection = new CommentQueries.Selection(Filters.of(ctx), theme, sentiment, Params.text(ctx, "language", 10),
                Params.oneOf(ctx, "nps_group", Set.of("promoter", "passive", "detractor"), null), Params.text(ctx, "product", 100),
                Params.text(ctx, "q", 200), Params.text(ctx, "tag", 40));
        String sort = Params.oneOf(ctx, "sort", CommentQueries.SORTS.keySet(), "date");
        String order = Params.oneOf(ctx, "order", Set.of("asc", "desc"), "desc");
        int page = Params.integer(ctx, "page", 1, 100_000, 1);
        int size = Params.integer(ctx, "size", 1, 100, 25);
        boolean personal = call.session().user().role().seesPersonalData();
        AgentScope scope = Scope.of(call);
        CommentSearch.Result r = search.search(call.c(), selection, term, scope, sort, order.equals("desc"), page, size);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("total", r.total());
        out.put("page", page);
        out.put("size", size);
        out.put("sort", sort);
        out.put("order", order);
        out.put("voice_run", q.voiceRun());
        out.put("personal", personal);
        SmallGroups groups = SmallGroups.of(call);
        if (!personal && r.total() > 0 && r.total() < groups.min()) {
            out.put("total", groups.below());
            out.put("suppressed", "fewer than " + groups.min() + " comments");
            out.put("items", List.of());
        } else {
            out.put("items", personal ? r.items() : r.items().stream().map(CommentRoutes::anonymous).toList());
        }
        call.ctx().json(out);
    }

    /** A comment without who wrote it: no customer, no response id, only the day, e-mails and phone numbers masked (places kept apart). */
    private static Map<String, Object> anonymous(Map<String, Object> item) {
        Map<String, Object> out = new LinkedHashMap<>(item);
        out.remove("customer_id");
        out.remove("source");
        out.remove("feedback_id");
        if (out.get("responded_at") instanceof LocalDateTime t) {
            out.put("responded_at", t.toLocalDate());
        }
        String text = (String) out.get("text");
        if (text != null) {
            String masked = PHONE.matcher(EMAIL.matcher(text).replaceAll(Lists.MASK)).replaceAll(Lists.MASK);
            if (!masked.equals(text)) {
                out.put("text", masked);
                out.put("matches", new ArrayList<>()); // the places were counted in the unmasked text
            }
        }
        return out;
    }
}
