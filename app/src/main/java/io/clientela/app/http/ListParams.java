package io.clientela.app.http;

import io.clientela.core.UsageException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The customer list's parameters read from their map: each a 400 in words when it is not what the list takes. */
final class ListParams {
    private ListParams() {
    }

    static String text(Map<String, String> p, String name, int max) {
        String v = p.get(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        if (v.length() > max) {
            throw new UsageException("parameter '" + name + "': expected at most " + max + " characters, got " + v.length());
        }
        return v.strip();
    }

    static List<String> list(Map<String, String> p, String name) {
        String v = text(p, name, 4000);
        if (v == null) {
            return List.of();
        }
        List<String> items = List.of(v.split(",")).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (items.size() > 50 || items.stream().anyMatch(s -> s.length() > 64)) {
            throw new UsageException("parameter '" + name + "': expected at most 50 values of at most 64 characters");
        }
        return items;
    }

    static List<String> oneOfList(Map<String, String> p, String name, Set<String> allowed) {
        List<String> out = new ArrayList<>();
        for (String v : list(p, name)) {
            if (!allowed.contains(v)) {
                throw new UsageException("parameter '" + name + "': expected one of " + allowed.stream().sorted().toList() + ", got '" + v + "'");
            }
            out.add(v);
        }
        return out;
    }

    static Integer integer(Map<String, String> p, String name, int min, int max) {
        String v = text(p, name, 12);
        if (v == null) {
            return null;
        }
        try {
            int n = Integer.parseInt(v);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new UsageException("parameter '" + name + "': expected a whole number from " + min + " to " + max + ", got '" + v + "'");
    }

    static Double decimal(Map<String, String> p, String name) {
        String v = text(p, name, 32);
        if (v == null) {
            return null;
        }
        try {
            double d = Double.parseDouble(v);
            if (Double.isFinite(d)) {
                return d;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new UsageException("parameter '" + name + "': expected a number, got '" + v + "'");
    }

    static LocalDate date(Map<String, String> p, String name) {
        String v = text(p, name, 10);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new UsageException("parameter '" + name + "': expected a date YYYY-MM-DD, got '" + v + "'");
        }
    }

    static YearMonth month(Map<String, String> p, String name) {
        String v = text(p, name, 7);
        if (v == null) {
            return null;
        }
        try {
            return YearMonth.parse(v);
        } catch (DateTimeParseException e) {
            throw new UsageException("parameter '" + name + "': expected a month YYYY-MM, got '" + v + "'");
        }
    }
}
