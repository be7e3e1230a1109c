package org.doorstep.server.db;

import com.zaxxer.hikari.HikariDataSource;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;
import javax.sql.DataSource;
import org.sqlite.SQLiteException;

/**
 * Reopens the pool's SQLite connections after a fault of the database file. A connection opened while the
 * file could not be written (a restore left it owned by another user, a read-only mount) stays read-only
 * for its whole life: without this the server would keep answering 503 long after the fault was fixed,
 * until the pool happened to retire each connection. After such a fault every idle connection is closed
 * and every busy one is closed when it is returned; the next request opens the file afresh. A busy
 * database, a full disk or a constraint keep the connections. PostgreSQL errors are left alone.
 */
@Singleton
public class FileFaultRecovery {
    private static final int SQLITE_READONLY = 8;
    private static final int SQLITE_IOERR = 10;
    private static final int SQLITE_CANTOPEN = 14;

    private final DataSource dataSource;

    FileFaultRecovery(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Called with the failure of a request; answers whether the connections were renewed. */
    public boolean afterFailure(Throwable failure) {
        if (!isFileFault(failure)) {
            return false;
        }
        if (DelegatingDataSource.unwrapDataSource(dataSource) instanceof HikariDataSource pool && pool.getHikariPoolMXBean() != null) {
            pool.getHikariPoolMXBean().softEvictConnections();
            return true;
        }
        return false;
    }

    static boolean isFileFault(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLiteException sqlite) {
                int primary = sqlite.getResultCode().code & 0xff;
                return primary == SQLITE_READONLY || primary == SQLITE_IOERR || primary == SQLITE_CANTOPEN;
            }
            for (Throwable suppressed : cause.getSuppressed()) {
                if (isFileFault(suppressed)) {
                    return true;
                }
            }
        }
        return false;
    }
}
