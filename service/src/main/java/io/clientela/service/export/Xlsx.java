package io.clientela.service.export;

import io.clientela.core.UnavailableException;
import io.clientela.store.RowSink;
import io.clientela.store.query.ListQuery;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A whole list written as an Excel workbook (.xlsx, Office Open XML SpreadsheetML) while the store
 * streams it: a zip of the minimal parts (content types, relationships, workbook, one styles part,
 * one worksheet) with the header row in bold. Plain decimal numbers are number cells, everything
 * else an inline string, so nothing is ever read as a formula; characters XML cannot hold are left
 * out. The body is opened only once the query runs, so a query that fails still answers a problem.
 */
public final class Xlsx implements RowSink {
    public static final String TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** A number a spreadsheet should read as one: no leading zeros (an id "007" stays text), no exponent. */
    private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9][0-9]{0,14})(\\.[0-9]{1,15})?");
    private final Supplier<OutputStream> body;
    private final String what;
    private final String mask;
    private final boolean masking;
    private final Map<String, String> headers;
    private ZipOutputStream zip;
    private Writer out;
    private boolean[] masked;
    private int row;

    /**
     * A workbook written to {@code body} (opened only when the first row comes, so a query that fails
     * leaves it unopened); {@code what} names the export in an error, personal columns read {@code mask}
     * when {@code masking}; {@code headers} renames columns in the header row.
     */
    public Xlsx(Supplier<OutputStream> body, String what, boolean masking, String mask, Map<String, String> headers) {
        this.body = body;
        this.what = what;
        this.masking = masking;
        this.mask = mask;
        this.headers = headers;
    }

    @Override
    public void columns(List<String> labels) {
        try {
            zip = new ZipOutputStream(body.get(), StandardCharsets.UTF_8);
            part("[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                    <Default Extension="xml" ContentType="application/xml"/>\
                    <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
                    <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
                    <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
                    </Types>""");
            part("_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
                    </Relationships>""");
            part("xl/workbook.xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
                    xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
                    <sheets><sheet name="Clientela" sheetId="1" r:id="rId1"/></sheets></workbook>""");
            part("xl/_rels/workbook.xml.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>\
                    <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
                    </Relationships>""");
            part("xl/styles.xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
                    <fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>\
                    <fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
                    <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
                    <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
                    <cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
                    <xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>\
                    </styleSheet>""");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            out = new OutputStreamWriter(new Unclosed(zip), StandardCharsets.UTF_8);
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                    + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
            masked = new boolean[labels.size()];
            StringBuilder line = new StringBuilder("<row r=\"1\">");
            for (int i = 0; i < labels.size(); i++) {
                masked[i] = masking && ListQuery.PERSONAL_COLUMNS.contains(labels.get(i));
                line.append("<c r=\"").append(column(i)).append("1\" t=\"inlineStr\" s=\"1\"><is><t>").append(escape(headers.getOrDefault(labels.get(i), labels.get(i))))
                        .append("</t></is></c>");
            }
            out.write(line.append("</row>").toString());
            row = 1;
        } catch (IOException e) {
            throw wentAway(e);
        }
    }

    @Override
    public void row(List<String> cells) {
        StringBuilder line = new StringBuilder("<row r=\"").append(++row).append("\">");
        for (int i = 0; i < cells.size(); i++) {
            String v = cells.get(i) == null ? null : masked[i] ? mask : cells.get(i);
            if (v == null) {
                continue;
            }
            String ref = column(i) + row;
            if (NUMBER.matcher(v).matches()) {
                line.append("<c r=\"").append(ref).append("\"><v>").append(v).append("</v></c>");
            } else {
                line.append("<c r=\"").append(ref).append("\" t=\"inlineStr\"><is><t xml:space=\"preserve\">").append(escape(v)).append("</t></is></c>");
            }
        }
        try {
            out.write(line.append("</row>").toString());
        } catch (IOException e) {
            throw wentAway(e);
        }
    }

    /** The letters of the column with this index from 0: A, B, ..., Z, AA, ... */
    public static String column(int index) {
        StringBuilder b = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            b.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return b.toString();
    }

    /** Writes the workbook's last parts and closes the zip (not the body). */
    public void finish() throws IOException {
        out.write("</sheetData></worksheet>");
        out.flush();
        zip.closeEntry();
        zip.finish();
        zip.close();
    }

    private void part(String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** XML text: the five special characters escaped, characters XML 1.0 cannot hold left out. */
    public static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            switch (cp) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                default -> {
                    if (cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD) || cp >= 0x10000) {
                        b.appendCodePoint(cp);
                    }
                }
            }
        });
        return b.toString();
    }

    private UnavailableException wentAway(IOException e) {
        return new UnavailableException("the client went away during the Excel export of " + what, e);
    }

    /** The zip stream seen by the sheet's writer: flushing it passes on, closing it does not close the zip. */
    private static final class Unclosed extends java.io.FilterOutputStream {
        Unclosed(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
