package org.doorstep.mobile.sync;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A tiny in-JVM stand-in for the server, for the cases a real server cannot be made to produce on
 * demand: an answer lost on the way back, a 5xx, a body that is not JSON, a conflict for a new visit.
 * Push answers come from a function of the request body; {@code GET /api/children} answers {@code []}.
 */
final class FakeServer implements AutoCloseable {
    /** An answer to give, or {@link #DROP} to close the connection without one. */
    record Reply(int status, String body) {
        static final Reply DROP = new Reply(-1, "");

        static Reply json(String body) {
            return new Reply(200, body);
        }
    }

    private final HttpServer server;
    final List<String> pushBodies = new CopyOnWriteArrayList<>();

    FakeServer(Function<String, Reply> push) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/sync/v1/push", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            pushBodies.add(body);
            answer(exchange, push.apply(body));
        });
        server.createContext("/api/children", exchange -> answer(exchange, Reply.json("[]")));
        server.start();
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private static void answer(HttpExchange exchange, Reply reply) throws IOException {
        if (reply == Reply.DROP) {
            // The request was read (and, on a real server, applied); the answer never leaves.
            throw new IOException("answer dropped on purpose");
        }
        byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
