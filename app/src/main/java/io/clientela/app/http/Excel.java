package io.clientela.app.http;

import io.clientela.core.UnavailableException;
import io.clientela.service.export.Xlsx;
import io.clientela.store.query.ListQuery;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.Map;

/** A list answered as an Excel workbook: the HTTP side of {@link Xlsx} (type, file name, the body it streams into). */
final class Excel {
    private Excel() {
    }

    /**
     * Streams the sorted list as a workbook named {@code name}.xlsx, its header row the column labels
     * or the names {@code headers} gives them.
     */
    static void export(Call call, ListQuery q, String sort, String order, boolean masking, String name, Map<String, String> headers) {
        Context ctx = call.ctx();
        ctx.contentType(Xlsx.TYPE);
        ctx.header("Content-Disposition", "attachment; filename=\"" + name + ".xlsx\"");
        Xlsx x = new Xlsx(ctx::outputStream, ctx.path(), masking, Lists.MASK, headers);
        try {
            q.stream(call.c(), sort, order, x);
            x.finish();
        } catch (IOException e) {
            throw new UnavailableException("the client went away during the Excel export of " + ctx.path(), e);
        }
    }
}
