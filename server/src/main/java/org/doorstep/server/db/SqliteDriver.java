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
        createParentFolder(url);
        Connection connection = super.connect(url, info);
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, new ReadOnlyAsQueryOnly((SQLiteConnection) connection));
    }

    private static void createParentFolder(String url) throws SQLException {
        String file = url.substring(PREFIX.length());
        int query = file.indexOf('?');
        if (query >= 0) {
            file = file.substring(0, query);
        }
        if (file.isEmpty() || file.startsWith(":memory:") || file.startsWith("file:")) {
            return;
        }
        Path parent = Path.of(file).toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new SQLException("Cannot create the database folder " + parent + ": " + e.getMessage(), e);
        }
    }

    private static final class ReadOnlyAsQueryOnly implements InvocationHandler {
        private final SQLiteConnection delegate;
        private boolean readOnly;

        ReadOnlyAsQueryOnly(SQLiteConnection delegate) {
            this.delegate = delegate;
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
