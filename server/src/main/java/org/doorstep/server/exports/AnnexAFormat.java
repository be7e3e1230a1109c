package org.doorstep.server.exports;

import io.micronaut.http.MediaType;
import java.util.Optional;

/** The file formats a list is written in. */
enum AnnexAFormat {
    /** UTF-8 with a byte order mark (so Excel reads names with accents right), CRLF line ends, RFC 4180 quoting. */
    CSV("csv", "text/csv; charset=utf-8"),
    /** An Excel workbook of one sheet named after the list; dates are real dates shown as DD/MM/YYYY. */
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String extension;
    private final MediaType mediaType;

    AnnexAFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = MediaType.of(mediaType);
    }

    String extension() {
        return extension;
    }

    MediaType mediaType() {
        return mediaType;
    }

    static Optional<AnnexAFormat> byExtension(String extension) {
        for (AnnexAFormat format : values()) {
            if (format.extension.equals(extension)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
