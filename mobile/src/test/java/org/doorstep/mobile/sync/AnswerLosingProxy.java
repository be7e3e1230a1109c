package org.doorstep.mobile.sync;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sits between the app and the real server and forwards every request to it (with its Authorization
 * header). The answers to sign-in, refresh and reads come back; the server's answer to a push is lost: the
 * server applies the batch but the device never hears so, as when a signal drops mid-request.
 */
final class AnswerLosingProxy implements AutoCloseable {
    private static final String PUSH = "/api/sync/v1/push";

    private final HttpServer proxy;
    private final HttpClient http = HttpClient.newHttpClient();
    private final URI target;
    final AtomicInteger pushesForwarded = new AtomicInteger();

    AnswerLosingProxy(URI target) throws IOException {
        this.target = target;
        proxy = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        proxy.createContext("/", this::forward);
        proxy.start();
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + proxy.getAddress().getPort());
    }

    private void forward(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        HttpRequest.Builder request = HttpRequest.newBuilder(target.resolve(exchange.getRequestURI().toString()))
                .method(exchange.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        for (String header : new String[] {"Authorization", "Content-Type", "Accept"}) {
            String value = exchange.getRequestHeaders().getFirst(header);
            if (value != null) {
                request.header(header, value);
            }
        }
        HttpResponse<byte[]> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        if (PUSH.equals(exchange.getRequestURI().getPath())) {
            if (response.statusCode() == 200) {
                pushesForwarded.incrementAndGet();
            }
            throw new IOException("the answer is lost on purpose");
        }
        response.headers().firstValue("Content-Type").ifPresent(v -> exchange.getResponseHeaders().set("Content-Type", v));
        exchange.sendResponseHeaders(response.statusCode(), response.body().length == 0 ? -1 : response.body().length);
        exchange.getResponseBody().write(response.body());
        exchange.close();
    }

    @Override
    public void close() {
        proxy.stop(0);
    }
}
