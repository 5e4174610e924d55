package org.vigie.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.vigie.security.tokens.ApiTokens;
import org.vigie.security.users.UserAccounts;

/**
 * HTTP calls to the running console over loopback, anonymously or with a personal API token
 * created for a stored user ({@link #as}); every request goes through the real security filters.
 */
public final class ApiClient {

    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;
    private final String authorization;

    private ApiClient(int port, String authorization) {
        this.port = port;
        this.authorization = authorization;
    }

    public static ApiClient anonymous(int port) {
        return new ApiClient(port, null);
    }

    /** Signed in with a fresh token of {@code username}, who must exist. */
    public static ApiClient as(int port, String username, UserAccounts users, ApiTokens tokens) {
        var caller = users.find(username).orElseThrow(() -> new IllegalArgumentException("no user " + username)).caller();
        return new ApiClient(port, "Bearer " + tokens.create(caller, "test " + UUID.randomUUID()).secret());
    }

    public static ApiClient basic(int port, String username, String password) {
        return new ApiClient(port, "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    public static ApiClient bearer(int port, String token) {
        return new ApiClient(port, "Bearer " + token);
    }

    public HttpResponse<String> get(String path, String... headers) {
        return send(request(path, headers).GET());
    }

    public HttpResponse<String> post(String path, String json, String... headers) {
        return send(request(path, headers).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A POST with the given {@code Content-Type} header, or none when it is null. */
    public HttpResponse<String> postTyped(String path, String body, String contentType) {
        HttpRequest.Builder request = request(path);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request.POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public HttpResponse<String> put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> delete(String path) {
        return send(request(path).DELETE());
    }

    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return request;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
