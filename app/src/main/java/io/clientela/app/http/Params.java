package io.clientela.app.http;

import io.clientela.core.UsageException;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;

/** Query parameters, validated: a bad value is a 400 naming the parameter, the value and what was expected. */
final class Params {
    private Params() {
    }

    static String text(Context ctx, String name, int maxLength) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        if (v.length() > maxLength) {
            throw new UsageException("parameter '" + name + "': expected at most " + maxLength + " characters, got " + v.length());
        }
        return v.strip();
    }

    static String oneOf(Context ctx, String name, Set<String> allowed, String fallback) {
        String v = text(ctx, name, 64);
        if (v == null) {
            return fallback;
        }
        if (!allowed.contains(v)) {
            throw new UsageException("parameter '" + name + "': expected one of " + allowed.stream().sorted().toList() + ", got '" + v + "'");
        }
        return v;
    }

    static int integer(Context ctx, String name, int min, int max, int fallback) {
        String v = text(ctx, name, 12);
        if (v == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException("parameter '" + name + "': expected a whole number from " + min + " to " + max + ", got '" + v + "'");
        }
    }

    static Double decimal(Context ctx, String name) {
        String v = text(ctx, name, 32);
        if (v == null) {
            return null;
        }
        try {
            double d = Double.parseDouble(v);
            if (!Double.isFinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw new UsageException("parameter '" + name + "': expected a number, got '" + v + "'");
        }
    }

    static LocalDate date(Context ctx, String name) {
        String v = text(ctx, name, 10);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new UsageException("parameter '" + name + "': expected a date YYYY-MM-DD, got '" + v + "'");
        }
    }

    /** A comma-separated list (each value at most 64 characters, at most 50 values). */
    static List<String> list(Context ctx, String name) {
        String v = text(ctx, name, 4000);
        if (v == null) {
            return List.of();
        }
        List<String> items = List.of(v.split(",")).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (items.size() > 50 || items.stream().anyMatch(s -> s.length() > 64)) {
            throw new UsageException("parameter '" + name + "': expected at most 50 values of at most 64 characters");
        }
        return items;
    }

    static long id(Context ctx, String name) {
        String v = ctx.pathParam(name);
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new UsageException("path '" + name + "': expected a number, got '" + v + "'");
        }
    }
}
