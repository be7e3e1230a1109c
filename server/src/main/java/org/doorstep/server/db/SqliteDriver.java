package org.doorstep.server.db;

import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.sqlite.JDBC;
import org.sqlite.SQLiteConfig.TransactionMode;
import org.sqlite.SQLiteConnection;

/**
 * The SQLite JDBC driver, adapted to a pooled, transactional server.
 *
 * <ul>
 *   <li>Micronaut Data marks read transactions with {@code setReadOnly}, which sqlite-jdbc refuses once a
 *       connection is open. Here it sets {@code PRAGMA query_only} instead.</li>
 *   <li>Write transactions begin {@code IMMEDIATE}, taking the write lock up front: a transaction that
 *       reads and then writes cannot deadlock against another one (SQLITE_BUSY without waiting).
 *       Read-only transactions stay {@code DEFERRED} so they never wait for writers (WAL).</li>
 *   <li>Write transactions on one file queue in this process ({@link WriterQueue}), so the write lock
 *       passes from one to the next at once instead of through SQLite's sleeping busy handler.</li>
 *   <li>The database file's folder is created on first connection.</li>
 * </ul>
 * Named in {@code datasources.default.driver-class-name}.
 */
public final class SqliteDriver extends JDBC {
    private static final String PREFIX = "jdbc:sqlite:";

    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        if (!acceptsURL(url)) {
            return null;
        }
        String file = createParentFolder(url);
        Connection connection = super.connect(url, info);
        WriterQueue writers = file == null ? null : WriterQueue.of(file, busyTimeoutMillis(url));
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, new ReadOnlyAsQueryOnly((SQLiteConnection) connection, writers));
    }

    /** The URL's {@code busy_timeout}, which also bounds the wait in the writer queue; SQLite's 3 s if absent. */
    static long busyTimeoutMillis(String url) {
        int query = url.indexOf('?');
        if (query >= 0) {
            for (String pair : url.substring(query + 1).split("&")) {
                if (pair.startsWith("busy_timeout=")) {
                    try {
                        return Long.parseLong(pair.substring("busy_timeout=".length()));
                    } catch (NumberFormatException e) {
                        break;
                    }
                }
            }
        }
        return 3_000;
    }

    /** Creates the folder of the URL's file; returns the file's absolute path, or null for a memory database. */
    private static String createParentFolder(String url) throws SQLException {
        String file = url.substring(PREFIX.length());
        int query = file.indexOf('?');
        if (query >= 0) {
            file = file.substring(0, query);
        }
        if (file.isEmpty() || file.startsWith(":memory:") || file.startsWith("file:")) {
            return null;
        }
        Path path = Path.of(file).toAbsolutePath().normalize();
        try {
            Files.createDirectories(path.getParent());
        } catch (IOException e) {
            throw new SQLException("Cannot create the database folder " + path.getParent() + ": " + e.getMessage(), e);
        }
        return path.toString();
    }

    private static final class ReadOnlyAsQueryOnly implements InvocationHandler {
        private final SQLiteConnection delegate;
        /** Null for a memory database: nobody else can write it. */
        private final WriterQueue writers;
        private boolean readOnly;
        private boolean writing;

        ReadOnlyAsQueryOnly(SQLiteConnection delegate, WriterQueue writers) {
            this.delegate = delegate;
            this.writers = writers;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "setReadOnly" -> {
                    setReadOnly((Boolean) args[0]);
                    return null;
                }
                case "isReadOnly" -> {
                    return readOnly;
                }
                case "setAutoCommit" -> {
                    setAutoCommit((Boolean) args[0]);
                    return null;
                }
                case "close" -> {
                    try {
                        delegate.close();
                    } finally {
                        leaveQueue();
                    }
                    return null;
                }
                case "unwrap" -> {
                    return ((Class<?>) args[0]).isInstance(delegate) ? delegate : method.invoke(delegate, args);
                }
                case "isWrapperFor" -> {
                    return ((Class<?>) args[0]).isInstance(delegate) || (Boolean) method.invoke(delegate, args);
                }
                default -> {
                    try {
                        return method.invoke(delegate, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                }
            }
        }

        /**
         * A write transaction begins when auto-commit goes off on a connection that is not read-only: it
         * waits for its turn first, and gives the turn up when auto-commit comes back on (the end of the
         * transaction, committed or rolled back) or the connection closes.
         */
        private void setAutoCommit(boolean autoCommit) throws SQLException {
            if (!autoCommit && !readOnly && !writing && writers != null && delegate.getAutoCommit()) {
                writers.enter();
                writing = true;
                try {
                    delegate.setAutoCommit(false);
                } catch (SQLException | RuntimeException e) {
                    leaveQueue();
                    throw e;
                }
                return;
            }
            try {
                delegate.setAutoCommit(autoCommit);
            } finally {
                if (autoCommit) {
                    leaveQueue();
                }
            }
        }

        private void leaveQueue() {
            if (writing) {
                writing = false;
                writers.leave();
            }
        }

        private void setReadOnly(boolean value) throws SQLException {
            if (value == readOnly) {
                return;
            }
            try (Statement statement = delegate.createStatement()) {
                statement.execute("PRAGMA query_only = " + (value ? 1 : 0));
            }
            delegate.getConnectionConfig().setTransactionMode(value ? TransactionMode.DEFERRED : TransactionMode.IMMEDIATE);
            readOnly = value;
        }
    }
}
