package io.pteroca.panel.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without JavaScript: keeps cookies, does not follow redirects, and sends the CSRF token of the last
 * page it loaded with every form, as a real browser submitting our forms would.
 */
public final class WebSession {

    /** What Chromium asks for when it loads a page: HTML first, anything else accepted. */
    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final String baseUrl;
    private final HttpClient http;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private String csrf;

    public WebSession(String baseUrl) {
        this.baseUrl = baseUrl;
        this.http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /** A page and what came with it. */
    public record Page(int status, String body, String location, java.net.http.HttpHeaders headers) {

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        public boolean redirectsTo(String path) {
            return location != null && (location.equals(path) || location.endsWith(path));
        }
    }

    /** The Cookie header this session would send, for clients other than HTTP (the console's websocket). */
    public String cookieHeader() {
        return cookies.getCookieStore().getCookies().stream().map(cookie -> cookie.getName() + "=" + cookie.getValue())
                .collect(Collectors.joining("; "));
    }

    public String baseUrl() {
        return baseUrl;
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept", BROWSER_ACCEPT).GET());
    }

    /** A browser's GET from someone whose browser asks for these languages (an Accept-Language header). */
    public Page getAcceptingLanguage(String path, String acceptLanguage) {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept", BROWSER_ACCEPT)
                .header("Accept-Language", acceptLanguage).GET());
    }

    /** A GET with this Accept header instead of a browser's, as curl ({@code *}{@code /*}) or a script would send. */
    public Page get(String path, String accept) {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept", accept).GET());
    }

    /** Posts with the CSRF token of the last page loaded and this Accept header instead of a browser's. */
    public Page post(String action, Map<String, String> fields, String accept) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        if (csrf != null) {
            all.putIfAbsent("_csrf", csrf);
        }
        return postEntries(action, List.copyOf(all.entrySet()), accept);
    }

    /** Loads {@code formPage} for its CSRF token, then posts the form to {@code action}. */
    public Page submit(String formPage, String action, Map<String, String> fields) {
        get(formPage);
        return post(action, fields);
    }

    /** Posts with the CSRF token of the last page loaded. */
    public Page post(String action, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        if (csrf != null) {
            all.putIfAbsent("_csrf", csrf);
        }
        return postRaw(action, all);
    }

    /** Posts fields that may repeat (checkbox lists), with the CSRF token of the last page loaded. */
    public Page postAll(String action, List<Map.Entry<String, String>> fields) {
        List<Map.Entry<String, String>> all = new ArrayList<>(fields);
        if (csrf != null) {
            all.add(Map.entry("_csrf", csrf));
        }
        return postEntries(action, all);
    }

    /** Posts exactly these fields, without adding a CSRF token. */
    public Page postRaw(String action, Map<String, String> fields) {
        return postEntries(action, List.copyOf(fields.entrySet()));
    }

    private Page postEntries(String action, List<Map.Entry<String, String>> fields) {
        return postEntries(action, fields, BROWSER_ACCEPT);
    }

    private Page postEntries(String action, List<Map.Entry<String, String>> fields, String accept) {
        String form = fields.stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri(action))
                .header("Accept", accept)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /** Uploads one file as a multipart form, with the CSRF token of the last page loaded. */
    public Page upload(String action, String field, String filename, byte[] content) {
        String boundary = "----pteroca" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        java.io.PrintStream out = new java.io.PrintStream(body, true, StandardCharsets.UTF_8);
        out.print("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n");
        out.print("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"" + filename
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        out.write(content, 0, content.length);
        out.print("\r\n--" + boundary + "--\r\n");
        return send(HttpRequest.newBuilder(uri(action))
                .header("Accept", BROWSER_ACCEPT)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** Posts a raw body (a script's upload) with the CSRF token of the last page loaded as a header. */
    public Page postBody(String action, String contentType, HttpRequest.BodyPublisher body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(action)).header("Content-Type", contentType).POST(body);
        if (csrf != null) {
            request.header("X-CSRF-TOKEN", csrf);
        }
        return send(request);
    }

    /** Posts a JSON body with extra headers, as a server-to-server caller (a webhook) would. */
    public Page postJson(String action, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(action)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return send(request);
    }

    /** Signs in and returns the answer of the sign-in form. */
    public Page signIn(String email, String password) {
        return submit("/login", "/login", Map.of("username", email, "password", password));
    }

    private Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher matcher = CSRF.matcher(response.body());
            if (matcher.find()) {
                csrf = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
            }
            return new Page(response.statusCode(), response.body(), response.headers().firstValue("Location").orElse(null),
                    response.headers());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create(path.startsWith("http") ? path : baseUrl + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
