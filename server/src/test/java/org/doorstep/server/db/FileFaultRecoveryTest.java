package org.doorstep.server.db;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.data.exceptions.DataAccessException;
import org.junit.jupiter.api.Test;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

class FileFaultRecoveryTest {
    private static DataAccessException failure(SQLiteErrorCode code) {
        return new DataAccessException("Error executing SQL", new SQLiteException("[" + code.name() + "]", code));
    }

    @Test
    void aReadOnlyOrBrokenFileRenewsTheConnections() {
        assertTrue(FileFaultRecovery.isFileFault(failure(SQLiteErrorCode.SQLITE_READONLY)));
        assertTrue(FileFaultRecovery.isFileFault(failure(SQLiteErrorCode.SQLITE_READONLY_DIRECTORY)));
        assertTrue(FileFaultRecovery.isFileFault(failure(SQLiteErrorCode.SQLITE_IOERR_WRITE)));
        assertTrue(FileFaultRecovery.isFileFault(failure(SQLiteErrorCode.SQLITE_CANTOPEN)));
    }

    @Test
    void aBusyOrFullDatabaseKeepsThem() {
        assertFalse(FileFaultRecovery.isFileFault(failure(SQLiteErrorCode.SQLITE_BUSY)));
        assertFalse(FileFaultRecovery.isFileFault(failure(SQLiteErrorCode.SQLITE_FULL)));
        assertFalse(FileFaultRecovery.isFileFault(failure(SQLiteErrorCode.SQLITE_CONSTRAINT_PRIMARYKEY)));
        assertFalse(FileFaultRecovery.isFileFault(new DataAccessException("PostgreSQL: connection refused")));
    }
}
