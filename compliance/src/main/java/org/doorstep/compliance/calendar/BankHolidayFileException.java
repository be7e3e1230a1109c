package org.doorstep.compliance.calendar;

/**
 * Thrown when a bank-holiday file cannot be read or is not in the shape of gov.uk's
 * {@code bank-holidays.json}. The message names the file part that is wrong; fix the file (or use the
 * shipped default) and load it again.
 */
public final class BankHolidayFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BankHolidayFileException(String message) {
        super(message);
    }

    public BankHolidayFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
