package org.doorstep.server.dashboard.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A list on screen as an RFC 4180 CSV download (Apache Commons CSV: commas, quotes and line breaks inside a
 * value are quoted), UTF-8 with a byte order mark so that spreadsheet programs read names correctly.
 */
public final class CsvDownloads {
    private CsvDownloads() {
    }

    public static MutableHttpResponse<String> of(HttpRequest<?> request, String fileName, List<String> header,
                                                 List<List<String>> rows) {
        StringWriter text = new StringWriter();
        text.write('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).build())) {
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Pages.withHeaders(request, HttpResponse.ok(text.toString())
                .contentType("text/csv;charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\""));
    }
}
