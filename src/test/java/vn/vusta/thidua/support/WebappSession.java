package vn.vusta.thidua.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.springframework.boot.test.web.client.TestRestTemplate;

/** Talks to the Camunda webapps as one browser does: its own cookies (session, XSRF) and the XSRF header. */
public class WebappSession {

    private final String root;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;

    public WebappSession(TestRestTemplate rest) {
        this.root = rest.getRootUri();
        this.client = HttpClient.newBuilder().cookieHandler(cookies).build();
        get("/camunda/app/tasklist/");
    }

    public HttpResponse<String> login(String user, String password, String app) {
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/" + app))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)), true);
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET(), true);
    }

    public HttpResponse<String> postJson(String path, String json, boolean withXsrfHeader) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)), withXsrfHeader);
    }

    /** Any request with a body, as a page (or a page of another site) in the same browser would send it. */
    public HttpResponse<String> send(String method, String path, String contentType, String body, boolean withXsrfHeader,
            java.util.Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return send(request, withXsrfHeader);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, boolean withXsrfHeader) {
        if (withXsrfHeader) {
            cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                    .map(HttpCookie::getValue).findFirst().ifPresent(token -> request.header("X-XSRF-TOKEN", token));
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create(root + path);
    }
}
