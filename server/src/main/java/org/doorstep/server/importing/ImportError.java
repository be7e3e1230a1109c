package org.doorstep.server.importing;

/**
 * One problem found in an import, where it is: the file, the physical line in it (the header is line 1)
 * and the column's header name. Problems with a whole file are on line 1, column {@value #WHOLE_FILE}.
 */
public record ImportError(String file, int line, String column, String message) {
    /** The column given for problems that concern the whole file or the whole row. */
    public static final String WHOLE_FILE = "-";

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + message;
    }
}
