package com.riskdesk.ops;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Plain HTTP against the test's server, with or without the ops token; keeps the cookies it is given. */
final class OpsHttp {

    static final String TOKEN = "test-ops-token-0123456789";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

    private final int port;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();

    OpsHttp(int port) {
        this.port = port;
    }

    HttpResponse<String> get(String path, String token) throws Exception {
        return http.send(request(path, token).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String token) throws Exception {
        return http.send(request(path, token).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Signs in through the sign-in page's form, as a browser does; answers where the server sends it next. */
    String signIn(String username, String password) throws Exception {
        HttpResponse<String> page = http.send(request("/login", null).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher csrf = CSRF.matcher(page.body());
        if (!csrf.find()) {
            throw new AssertionError("the sign-in page carries no CSRF token: " + page.statusCode() + " "
                    + page.body().substring(0, Math.min(400, page.body().length())));
        }
        String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + csrf.group(1);
        HttpResponse<Void> answer = http.send(request("/login", null)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        return answer.headers().firstValue("Location").orElse("");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(60));
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }
}
