package org.doorstep.mobile.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import org.doorstep.protocol.ApiError;
import org.doorstep.protocol.ProtocolJson;
import org.doorstep.protocol.ProtocolVersion;
import org.doorstep.protocol.auth.RefreshRequest;
import org.doorstep.protocol.auth.SignInRequest;
import org.doorstep.protocol.auth.Tokens;
import org.doorstep.protocol.pull.PullResponse;
import org.doorstep.protocol.push.PushRequest;
import org.doorstep.protocol.push.PushResponse;
import org.doorstep.protocol.visit.ChildSummary;

/**
 * The app's HTTP client for the Doorstep server: JSON with the protocol's Jackson settings, gzip answers
 * accepted, bounded connect and request times. Every failure is a {@link SyncFailure}.
 */
public final class SyncClient {
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    private static final String JSON = "application/json";
    private final URI server;
    private final Duration requestTimeout;
    private final HttpClient http;
    private final ObjectMapper json = ProtocolJson.newMapper();

    public SyncClient(URI server) {
        this(server, CONNECT_TIMEOUT, REQUEST_TIMEOUT);
    }

    public SyncClient(URI server, Duration connectTimeout, Duration requestTimeout) {
        Objects.requireNonNull(server, "server");
        this.server = server.toString().endsWith("/") ? server : URI.create(server + "/");
        this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
        this.http = HttpClient.newBuilder().connectTimeout(connectTimeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public URI server() {
        return server;
    }

    /** {@code POST /api/auth/v1/sign-in}: the person's tokens; no access token needed. */
    public Tokens signIn(SignInRequest request) throws SyncFailure {
        return read(send(post("api/auth/v1/sign-in", request, null)), new TypeReference<Tokens>() { });
    }

    /** {@code POST /api/auth/v1/refresh}: a new access token and (unless revoked) a new refresh token. */
    public Tokens refresh(RefreshRequest request) throws SyncFailure {
        return read(send(post("api/auth/v1/refresh", request, null)), new TypeReference<Tokens>() { });
    }

    /** {@code POST /api/auth/v1/sign-out}: the server forgets this device's refresh tokens. */
    public void signOut(String accessToken) throws SyncFailure {
        HttpRequest request = authorized("api/auth/v1/sign-out", accessToken)
                .POST(HttpRequest.BodyPublishers.noBody()).build();
        HttpResponse<byte[]> response = send(request);
        if (response.statusCode() / 100 != 2) {
            read(response, new TypeReference<Object>() { });
        }
    }

    /** {@code POST /api/sync/v1/push}: one result per mutation. */
    public PushResponse push(PushRequest request, String accessToken) throws SyncFailure {
        return read(send(post("api/sync/v1/push", request, requireToken(accessToken))),
                new TypeReference<PushResponse>() { });
    }

    /**
     * {@code GET /api/sync/v1/pull}: the next page of changes after {@code after} (null: from the beginning),
     * at most {@code limit} of them.
     */
    public PullResponse pull(String deviceId, String after, int limit, String accessToken) throws SyncFailure {
        String query = "protocolVersion=" + ProtocolVersion.CURRENT + "&deviceId=" + encode(deviceId) + "&limit=" + limit
                + (after == null ? "" : "&after=" + encode(after));
        return read(send(authorized("api/sync/v1/pull?" + query, accessToken).GET().build()),
                new TypeReference<PullResponse>() { });
    }

    /** {@code GET /api/children}: the children this device may record visits for. */
    public List<ChildSummary> children(String accessToken) throws SyncFailure {
        return read(send(authorized("api/children", accessToken).GET().build()),
                new TypeReference<List<ChildSummary>>() { });
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private HttpRequest post(String path, Object body, String accessToken) {
        byte[] bytes;
        try {
            bytes = json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A " + body.getClass().getSimpleName() + " could not be written as JSON", e);
        }
        HttpRequest.Builder builder = accessToken == null ? base(path) : authorized(path, accessToken);
        return builder.header("Content-Type", JSON).POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build();
    }

    private HttpRequest.Builder authorized(String path, String accessToken) {
        return base(path).header("Authorization", "Bearer " + requireToken(accessToken));
    }

    private static String requireToken(String accessToken) {
        if (accessToken == null || accessToken.isBlank()) {
            throw new IllegalArgumentException("accessToken must not be blank");
        }
        return accessToken;
    }

    private HttpRequest.Builder base(String path) {
        return HttpRequest.newBuilder(server.resolve(path)).timeout(requestTimeout)
                .header("Accept", JSON).header("Accept-Encoding", "gzip");
    }

    private HttpResponse<byte[]> send(HttpRequest request) throws SyncFailure {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            throw new SyncFailure.Unreachable("no answer from " + server.getHost() + ":" + port() + " in time", e);
        } catch (IOException e) {
            throw new SyncFailure.Unreachable(server.getHost() + ":" + port() + ", " + describe(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SyncFailure.Unreachable("interrupted", e);
        }
    }

    private <T> T read(HttpResponse<byte[]> response, TypeReference<T> type) throws SyncFailure {
        int status = response.statusCode();
        byte[] body = decoded(response);
        if (status >= 500) {
            throw new SyncFailure.ServerError(status);
        }
        if (status >= 400) {
            throw new SyncFailure.Refused(status, errorBody(body));
        }
        if (status != 200) {
            throw new SyncFailure.ProtocolError("HTTP " + status, null);
        }
        try {
            T value = json.readValue(body, type);
            if (value == null) {
                throw new SyncFailure.ProtocolError("an empty answer", null);
            }
            return value;
        } catch (IOException e) {
            throw new SyncFailure.ProtocolError("not the expected JSON", e);
        }
    }

    /** The server's {@link ApiError}, or null when the body is not one (a proxy's page, say). */
    private ApiError errorBody(byte[] body) {
        try {
            return json.readValue(body, ApiError.class);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static byte[] decoded(HttpResponse<byte[]> response) throws SyncFailure {
        boolean gzip = response.headers().firstValue("Content-Encoding").map(v -> v.equalsIgnoreCase("gzip")).orElse(false);
        if (!gzip) {
            return response.body();
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new SyncFailure.ProtocolError("a broken gzip body", e);
        }
    }

    private int port() {
        return server.getPort() != -1 ? server.getPort() : "https".equals(server.getScheme()) ? 443 : 80;
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
