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
 * Sits between the app and the real server, forwards every push to it, and loses the server's answer:
 * the server applies the batch but the device never hears so, as when a signal drops mid-request.
 */
final class AnswerLosingProxy implements AutoCloseable {
    private final HttpServer proxy;
    private final HttpClient http = HttpClient.newHttpClient();
    final AtomicInteger pushesForwarded = new AtomicInteger();

    AnswerLosingProxy(URI target) throws IOException {
        proxy = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        proxy.createContext("/api/sync/v1/push", exchange -> forwardAndLose(exchange, target));
        proxy.start();
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + proxy.getAddress().getPort());
    }

    private void forwardAndLose(HttpExchange exchange, URI target) throws IOException {
        HttpRequest forward = HttpRequest.newBuilder(target.resolve(exchange.getRequestURI().getPath()))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(exchange.getRequestBody().readAllBytes())).build();
        try {
            int status = http.send(forward, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status == 200) {
                pushesForwarded.incrementAndGet();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new IOException("the answer is lost on purpose");
    }

    @Override
    public void close() {
        proxy.stop(0);
    }
}
