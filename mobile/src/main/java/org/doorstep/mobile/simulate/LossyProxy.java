package org.doorstep.mobile.simulate;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The network between the simulated devices and the servers: forwards every request to one of the servers
 * (round robin per request, so that the devices spread over several instances),
 * measures how long each server took, and loses or delays a fraction of the sync traffic. A request lost on
 * the way never reaches the server; an answer lost on the way back was applied by the server but the device
 * never hears it. Both end the device's connection without an answer, as a dropped mobile signal does.
 * Sign-in and refresh pass untouched (see docs/BENCHMARKS.md for why), and so does everything before
 * {@link #startMeasuring()}.
 */
final class LossyProxy implements AutoCloseable {
    static final String PUSH = "/api/sync/v1/push";
    static final String PULL = "/api/sync/v1/pull";
    private static final List<String> FORWARDED_HEADERS = List.of("Authorization", "Content-Type", "Accept");

    private final HttpServer server;
    private final ExecutorService workers;
    private final HttpClient http;
    private final List<URI> targets;
    private final Faults faults;
    private final AtomicInteger next = new AtomicInteger();
    private volatile boolean measuring;
    final Latencies pushLatency = new Latencies();
    final Latencies pullLatency = new Latencies();
    final AtomicLong requests = new AtomicLong();
    final AtomicLong requestsDropped = new AtomicLong();
    final AtomicLong answersDropped = new AtomicLong();
    final AtomicLong delayed = new AtomicLong();
    final AtomicLong serverErrors = new AtomicLong();
    final AtomicLong refusals = new AtomicLong();
    final AtomicLong unreachable = new AtomicLong();

    /**
     * What the network does to sync requests.
     *
     * @param dropRate  the fraction of sync requests lost, half on the way in and half on the way back
     *                  ({@code answersOnly}: all of them on the way back)
     * @param delayRate the fraction delayed by up to {@code maxDelay} before they are forwarded
     */
    record Faults(double dropRate, boolean answersOnly, double delayRate, Duration maxDelay, long seed) {
        Faults {
            if (dropRate < 0 || dropRate >= 1 || delayRate < 0 || delayRate > 1) {
                throw new IllegalArgumentException("the drop rate must be 0 to below 1 and the delay rate 0 to 1");
            }
            Objects.requireNonNull(maxDelay, "maxDelay");
        }
    }

    private enum Fate { FORWARD, LOSE_REQUEST, LOSE_ANSWER }

    LossyProxy(List<URI> targets, Faults faults, int threads) throws IOException {
        this.targets = List.copyOf(targets);
        this.faults = faults;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(4, daemon("proxy-client"))).build();
        this.workers = Executors.newFixedThreadPool(threads, daemon("proxy"));
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1024);
        server.createContext("/", this::forward);
        server.setExecutor(workers);
        server.start();
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private void forward(HttpExchange exchange) throws IOException {
        boolean measured = measuring;
        if (measured) {
            requests.incrementAndGet();
        }
        String path = exchange.getRequestURI().getPath();
        boolean sync = measured && path.startsWith("/api/sync/");
        byte[] body = exchange.getRequestBody().readAllBytes();
        Random random = new Random(faults.seed() ^ System.nanoTime() ^ Thread.currentThread().getId());
        Fate fate = sync ? fate(random) : Fate.FORWARD;
        if (sync && random.nextDouble() < faults.delayRate()) {
            delayed.incrementAndGet();
            sleep((long) (random.nextDouble() * faults.maxDelay().toMillis()));
        }
        if (fate == Fate.LOSE_REQUEST) {
            requestsDropped.incrementAndGet();
            throw new IOException("the request is lost on purpose");
        }
        URI target = targets.get(Math.floorMod(next.getAndIncrement(), targets.size()));
        HttpRequest.Builder request = HttpRequest.newBuilder(target.resolve(exchange.getRequestURI().toString()))
                .timeout(Duration.ofSeconds(60))
                .method(exchange.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        for (String header : FORWARDED_HEADERS) {
            String value = exchange.getRequestHeaders().getFirst(header);
            if (value != null) {
                request.header(header, value);
            }
        }
        long started = System.nanoTime();
        HttpResponse<byte[]> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            if (measured) {
                unreachable.incrementAndGet();
            }
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        long took = System.nanoTime() - started;
        if (!measured) {
            answer(exchange, response);
            return;
        }
        if (PUSH.equals(path)) {
            pushLatency.record(took);
        } else if (PULL.equals(path)) {
            pullLatency.record(took);
        }
        if (response.statusCode() >= 500) {
            serverErrors.incrementAndGet();
        } else if (response.statusCode() >= 400) {
            refusals.incrementAndGet();
        }
        if (fate == Fate.LOSE_ANSWER) {
            answersDropped.incrementAndGet();
            throw new IOException("the answer is lost on purpose");
        }
        answer(exchange, response);
    }

    private static void answer(HttpExchange exchange, HttpResponse<byte[]> response) throws IOException {
        response.headers().firstValue("Content-Type").ifPresent(v -> exchange.getResponseHeaders().set("Content-Type", v));
        byte[] answer = response.body();
        exchange.sendResponseHeaders(response.statusCode(), answer.length == 0 ? -1 : answer.length);
        exchange.getResponseBody().write(answer);
        exchange.close();
    }

    /** From now on the faults apply and the figures count (the set-up before runs without either). */
    void startMeasuring() {
        measuring = true;
    }

    void stopMeasuring() {
        measuring = false;
    }

    private Fate fate(Random random) {
        if (random.nextDouble() >= faults.dropRate()) {
            return Fate.FORWARD;
        }
        return faults.answersOnly() || random.nextBoolean() ? Fate.LOSE_ANSWER : Fate.LOSE_REQUEST;
    }

    long dropped() {
        return requestsDropped.get() + answersDropped.get();
    }

    private static void sleep(long millis) throws IOException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }
}
