package org.shegong.platform.it.client;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Calls the deployed application's REST API the way a phone would. */
public final class Api {

    private final String base;

    public Api(URL deployment) {
        String url = deployment.toExternalForm();
        this.base = (url.endsWith("/") ? url : url + "/") + "api/";
    }

    public HttpResponse<String> get(String path, String token) {
        return Keycloak.send(request(path, token).GET().build());
    }

    /** A GET whose caller reads {@code language} first (Accept-Language), e.g. {@code en}. */
    public HttpResponse<String> get(String path, String token, String language) {
        return Keycloak.send(request(path, token).header("Accept-Language", language).GET().build());
    }

    public HttpResponse<String> delete(String path, String token) {
        return Keycloak.send(request(path, token).DELETE().build());
    }

    public HttpResponse<String> post(String path, String token, String json) {
        return Keycloak.send(request(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** A POST whose caller reads {@code language} first (Accept-Language), e.g. {@code en}. */
    public HttpResponse<String> post(String path, String token, String json, String language) {
        return Keycloak.send(request(path, token).header("Content-Type", "application/json").header("Accept-Language", language)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** A file as the request body (e.g. an .xlsx import). */
    public HttpResponse<String> post(String path, String token, String contentType, byte[] body) {
        return Keycloak.send(request(path, token).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    /** A file as the request body, its caller reading {@code language} first (Accept-Language), e.g. {@code en}. */
    public HttpResponse<String> post(String path, String token, String contentType, byte[] body, String language) {
        return Keycloak.send(request(path, token).header("Content-Type", contentType).header("Accept-Language", language)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    public HttpResponse<String> put(String path, String token, String json) {
        return Keycloak.send(request(path, token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }
}
