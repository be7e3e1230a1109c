package org.doorstep.mobile.sync;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.doorstep.protocol.ApiError;
import org.doorstep.protocol.ErrorCode;
import org.doorstep.protocol.ProtocolJson;
import org.doorstep.protocol.auth.RefreshRequest;
import org.doorstep.protocol.auth.SignInRequest;
import org.doorstep.protocol.auth.SignedInUser;
import org.doorstep.protocol.auth.Tokens;
import org.doorstep.protocol.child.CaseloadChild;
import org.doorstep.protocol.policy.LocalPolicy;
import org.doorstep.protocol.pull.Change;
import org.doorstep.protocol.pull.ChildChange;
import org.doorstep.protocol.pull.PolicyChange;
import org.doorstep.protocol.pull.PullResponse;
import org.doorstep.protocol.visit.ChildSummary;

/**
 * A tiny in-JVM stand-in for the server, for the cases a real server cannot be made to produce on
 * demand: an answer lost on the way back, a 5xx, a body that is not JSON, a conflict for a new visit, an
 * access token that expires now, a refresh token the server forgot, a device revoked mid-sync. It speaks the
 * sign-in contract with one user, {@value #USERNAME} / {@value #PASSWORD}: every request but sign-in and
 * refresh needs a bearer token it issued and has not expired. Push answers come from a function of the
 * request body; {@code GET /api/children} answers {@link #children}. Pull answers come from {@link #pull}, a
 * function of the {@code after} cursor (null on a first pull); by default one page with the standard policy
 * and {@link #children} as child changes, cursor {@value #DEFAULT_CURSOR}.
 */
public final class FakeServer implements AutoCloseable {
    public static final String USERNAME = "sam.worker";
    public static final String PASSWORD = "doorstep-demo";
    public static final SignedInUser SAM = new SignedInUser("U-SAM", USERNAME, "Sam Worker", List.of("social_worker"));
    public static final String DEFAULT_CURSOR = "fake-end";
    private static final ObjectMapper JSON = ProtocolJson.newMapper();

    /** An answer to give, or {@link #DROP} to close the connection without one. */
    public record Reply(int status, String body) {
        public static final Reply DROP = new Reply(-1, "");

        public static Reply json(String body) {
            return new Reply(200, body);
        }

        public static Reply error(int status, ErrorCode code, String message) {
            return new Reply(status, write(ApiError.of(code, message)));
        }
    }

    private final HttpServer server;
    private final Set<String> validAccess = ConcurrentHashMap.newKeySet();
    private final Set<String> pushOnlyAccess = ConcurrentHashMap.newKeySet();
    private final AtomicInteger issued = new AtomicInteger();
    private volatile String refreshToken;
    private volatile boolean revoked;
    private volatile String lockedMessage;
    private volatile boolean deviceOfAnotherPerson;

    public final List<String> pushBodies = new CopyOnWriteArrayList<>();
    public final List<SignInRequest> signIns = new CopyOnWriteArrayList<>();
    public final List<RefreshRequest> refreshes = new CopyOnWriteArrayList<>();
    public final AtomicInteger signOuts = new AtomicInteger();
    /** Requests refused as {@code unauthenticated}, by path. */
    public final List<String> unauthenticated = new CopyOnWriteArrayList<>();
    /** The body of {@code GET /api/children}. */
    public volatile String children = "[]";
    /** The answer to a pull after the given cursor (null: from the beginning). */
    public volatile Function<String, Reply> pull = after -> Reply.json(defaultPage());
    /** The {@code after} of every pull, in order ("" for none), and each pull's {@code limit}. */
    public final List<String> pullCursors = new CopyOnWriteArrayList<>();
    public final List<Integer> pullLimits = new CopyOnWriteArrayList<>();

    public FakeServer(Function<String, Reply> push) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/auth/v1/sign-in", exchange -> answer(exchange, signIn(read(exchange, SignInRequest.class))));
        server.createContext("/api/auth/v1/refresh", exchange -> answer(exchange, refresh(read(exchange, RefreshRequest.class))));
        server.createContext("/api/auth/v1/sign-out", exchange -> answer(exchange, signOut(exchange)));
        server.createContext("/api/sync/v1/push", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String token = bearer(exchange);
            if (!validAccess.contains(token) && !pushOnlyAccess.contains(token)) {
                answer(exchange, unauthenticated("/api/sync/v1/push"));
                return;
            }
            pushBodies.add(body);
            answer(exchange, push.apply(body));
        });
        server.createContext("/api/children", exchange -> answer(exchange, read(bearer(exchange), "/api/children")));
        server.createContext("/api/sync/v1/pull", exchange -> {
            Reply refused = refusedRead(bearer(exchange), "/api/sync/v1/pull");
            if (refused != null) {
                answer(exchange, refused);
                return;
            }
            Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
            pullCursors.add(query.getOrDefault("after", ""));
            pullLimits.add(Integer.parseInt(query.getOrDefault("limit", "-1")));
            answer(exchange, pull.apply(query.get("after")));
        });
        server.start();
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Every access token issued so far stops working, as 15 minutes after it was issued. */
    public void expireAccessTokens() {
        validAccess.clear();
        pushOnlyAccess.clear();
    }

    /** The server forgets the device's refresh token (expired, or the account was reset). */
    public void forgetRefreshToken() {
        refreshToken = null;
    }

    /** An administrator revokes the device: reads answer 403, refresh gives a push-only token, push still works. */
    public void revokeDevice() {
        revoked = true;
    }

    /** Sign-in answers 429 {@code account_locked} with {@code message}. */
    public void lockAccount(String message) {
        lockedMessage = message;
    }

    /** Sign-in answers 403 {@code forbidden} on {@code deviceId}: the device is registered to someone else. */
    public void registerDeviceToAnotherPerson() {
        deviceOfAnotherPerson = true;
    }

    /** The refresh token the server currently accepts, or null. */
    public String currentRefreshToken() {
        return refreshToken;
    }

    private Reply signIn(SignInRequest request) {
        signIns.add(request);
        if (lockedMessage != null) {
            return Reply.error(429, ErrorCode.ACCOUNT_LOCKED, lockedMessage);
        }
        if (!USERNAME.equals(request.username()) || !PASSWORD.equals(request.password())) {
            return Reply.error(401, ErrorCode.INVALID_CREDENTIALS, "Wrong username or password");
        }
        if (deviceOfAnotherPerson) {
            return new Reply(403, write(ApiError.onField(ErrorCode.FORBIDDEN, "deviceId", "This device is registered "
                    + "to another person; it must be reset before someone else signs in on it")));
        }
        if (revoked) {
            return Reply.error(403, ErrorCode.DEVICE_REVOKED, "This device was revoked");
        }
        return tokens(false, request.deviceId());
    }

    private Reply refresh(RefreshRequest request) {
        refreshes.add(request);
        if (request.refreshToken() == null || !request.refreshToken().equals(refreshToken)) {
            return Reply.error(401, ErrorCode.INVALID_REFRESH_TOKEN, "Sign in again");
        }
        return tokens(revoked, null);
    }

    private Reply signOut(HttpExchange exchange) {
        if (!validAccess.contains(bearer(exchange))) {
            return unauthenticated("/api/auth/v1/sign-out");
        }
        signOuts.incrementAndGet();
        refreshToken = null;
        return new Reply(204, "");
    }

    private Reply read(String token, String path) {
        Reply refused = refusedRead(token, path);
        return refused != null ? refused : Reply.json(children);
    }

    /** Why a read with {@code token} is refused, or null when it is not. */
    private Reply refusedRead(String token, String path) {
        if (pushOnlyAccess.contains(token) || (revoked && validAccess.contains(token))) {
            return Reply.error(403, ErrorCode.DEVICE_REVOKED, "This device was revoked");
        }
        return validAccess.contains(token) ? null : unauthenticated(path);
    }

    /** One page: the standard policy, then {@link #children} as child changes (no episodes), nothing more. */
    private String defaultPage() {
        try {
            List<Change> changes = new ArrayList<>();
            changes.add(new PolicyChange(LocalPolicy.DEFAULTS));
            for (ChildSummary child : JSON.readValue(children, ChildSummary[].class)) {
                changes.add(new ChildChange(CaseloadChild.named(child.id(), child.displayName())));
            }
            return write(new PullResponse(Instant.now(), changes, DEFAULT_CURSOR, false));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A page for tests: {@code changes} then {@code nextCursor}, more to come or not. */
    public static Reply page(List<Change> changes, String nextCursor, boolean hasMore) {
        return Reply.json(write(new PullResponse(Instant.now(), changes, nextCursor, hasMore)));
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> values = new HashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                values.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return values;
    }

    /** The recovery key this fake gives a device at sign-in (base64url of 256 bits, fixed per device id). */
    public static String deviceKeyFor(String deviceId) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(("fake server device key " + deviceId).getBytes(StandardCharsets.UTF_8));
            return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code signInDevice}: the device of a sign-in (its answer carries the device key), or null for a refresh. */
    private Reply tokens(boolean pushOnly, String signInDevice) {
        int n = issued.incrementAndGet();
        String access = "access-" + n;
        (pushOnly ? pushOnlyAccess : validAccess).add(access);
        if (!pushOnly) {
            refreshToken = "refresh-" + n;
        }
        return Reply.json(write(new Tokens(access, 900, pushOnly ? null : refreshToken, SAM, pushOnly,
                signInDevice == null ? null : deviceKeyFor(signInDevice))));
    }

    private Reply unauthenticated(String path) {
        unauthenticated.add(path);
        return Reply.error(401, ErrorCode.UNAUTHENTICATED, "Sign in first");
    }

    private static String bearer(HttpExchange exchange) {
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        return header != null && header.startsWith("Bearer ") ? header.substring(7) : "";
    }

    private static <T> T read(HttpExchange exchange, Class<T> type) throws IOException {
        return JSON.readValue(exchange.getRequestBody().readAllBytes(), type);
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
