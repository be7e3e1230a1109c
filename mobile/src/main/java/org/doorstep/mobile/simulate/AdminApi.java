package org.doorstep.mobile.simulate;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.doorstep.protocol.ProtocolJson;
import org.doorstep.protocol.auth.SignInRequest;
import org.doorstep.protocol.auth.Tokens;
import org.doorstep.protocol.visit.StoredVisit;

/**
 * The server's web API as an administrator or a team manager uses it, straight to a server (not through
 * the lossy network): sign-in, setting a user's password, and a child's visits with their history.
 */
final class AdminApi {
    private final URI server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final ObjectMapper json = ProtocolJson.newMapper();
    private final String accessToken;

    private AdminApi(URI server, String accessToken) {
        this.server = server;
        this.accessToken = accessToken;
    }

    /** Signs {@code username} in on a device of its own; fails with the server's answer when refused. */
    static AdminApi signIn(URI server, String username, String password) throws IOException, InterruptedException {
        AdminApi anonymous = new AdminApi(server, null);
        SignInRequest request = new SignInRequest(username, password, "simulator-" + username + "-" + UUID.randomUUID(),
                "Doorstep simulator (" + username + ")");
        Tokens tokens = anonymous.send(anonymous.builder("/api/auth/v1/sign-in")
                .POST(HttpRequest.BodyPublishers.ofByteArray(anonymous.json.writeValueAsBytes(request))), Tokens.class);
        return new AdminApi(server, tokens.accessToken());
    }

    void setPassword(String userId, String password) throws IOException, InterruptedException {
        send(builder("/api/admin/users/" + userId + "/password").PUT(
                HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(Map.of("password", password)))), null);
    }

    /** Every version of every visit of the child, as the server holds them. */
    List<StoredVisit> visitHistory(String childId) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = exchange(builder("/api/children/" + childId + "/visits?history=true").GET());
        return json.readValue(response.body(), new TypeReference<List<StoredVisit>>() { });
    }

    private HttpRequest.Builder builder(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(server.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").header("Accept", "application/json");
        return accessToken == null ? builder : builder.header("Authorization", "Bearer " + accessToken);
    }

    private <T> T send(HttpRequest.Builder request, Class<T> type) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = exchange(request);
        return type == null ? null : json.readValue(response.body(), type);
    }

    private HttpResponse<byte[]> exchange(HttpRequest.Builder builder) throws IOException, InterruptedException {
        HttpRequest request = builder.build();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() / 100 != 2) {
            throw new IOException(request.method() + " " + request.uri().getPath() + " answered HTTP " + response.statusCode()
                    + ": " + new String(response.body(), java.nio.charset.StandardCharsets.UTF_8));
        }
        return response;
    }
}
