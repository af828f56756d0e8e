package com.riskdesk.load;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One dashboard viewer at the protocol level, doing what Flow's client does in Chromium (Flow 25.2, @Push
 * WEBSOCKET_XHR): the page; {@code ?v-r=init} unless the page already carries the UI
 * ({@code window.Vaadin.TypeScript={"initial":...}}, "eager server load"); the push WebSocket, opened before any
 * UIDL request because Flow's MessageSender holds requests until push is active; the {@code ui-navigate} event
 * (sent in both modes, as Flow.tsx does);
 * the initial {@code *-changed} property-sync events the web components fire when they upgrade; Flow's heartbeat;
 * and on leaving the {@code pagehide} beacon ({@code UNLOAD}) followed by the WebSocket closing as a tab does.
 * Its own session cookie plays the part of the browser's cookie jar.
 */
final class VaadinViewer {

    enum State { NEW, LIVE, OVERFLOW, FAILED, CLOSED }

    static final String USER_AGENT = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
            + "HeadlessChrome/156.0.0.0 Safari/537.36";
    // The page's script goes on after the object literal; Jackson 3 would otherwise reject the trailing tokens.
    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    private static final Pattern PAUSED_META = Pattern.compile("<meta[^>]*risk-monitor-live[^>]*>");
    private static final Pattern TITLE = Pattern.compile("<title>([^<]*)</title>");
    private static final Pattern SYNC_ID = Pattern.compile("\"syncId\":(\\d+)");
    private static final String EAGER = "window.Vaadin.TypeScript=";
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient http;
    private final URI root;
    private final String route;

    private volatile State state = State.NEW;
    private volatile String failure;
    private String cookie;
    private int uiId;
    private String csrfToken;
    private volatile int lastSeenSyncId;
    private int clientId;
    private boolean eager;
    private WebSocket socket;
    private ScheduledFuture<?> heartbeat;
    private final PushFrames frames = new PushFrames();

    private long startNanos;
    private volatile long openNanos;
    private volatile String watchedText;
    private volatile long seenNanos;

    VaadinViewer(HttpClient http, URI root, String route) {
        this.http = http;
        this.root = root;
        this.route = route;
    }

    /** Opens the dashboard; afterwards {@link #state()} says whether it is live, an overflow page, or failed. */
    void open(ScheduledExecutorService scheduler) {
        startNanos = System.nanoTime();
        try {
            HttpResponse<String> page = get(root.resolve(route), "text/html,application/xhtml+xml,*/*;q=0.8");
            rememberCookie(page);
            if (page.statusCode() != 200) {
                throw new IOException("page answered " + page.statusCode());
            }
            long pageNanos = System.nanoTime();
            String html = page.body();
            Matcher meta = PAUSED_META.matcher(html);
            if (meta.find() && meta.group().contains("paused")) {
                openNanos = System.nanoTime();
                state = State.OVERFLOW;
                return;
            }
            JsonNode appConfig = initialAppConfig(html).orElse(null);
            eager = appConfig != null;
            if (appConfig == null) {
                HttpResponse<String> init = get(root.resolve(initQuery()), "*/*");
                rememberCookie(init);
                if (init.statusCode() != 200) {
                    throw new IOException("init answered " + init.statusCode());
                }
                appConfig = JSON.readTree(init.body()).path("appConfig");
            }
            JsonNode uidl = appConfig.path("uidl");
            uiId = appConfig.path("v-uiId").asInt();
            csrfToken = uidl.path("Vaadin-Security-Key").asString();
            lastSeenSyncId = uidl.path("syncId").asInt();
            clientId = uidl.path("clientId").asInt();
            String pushId = uidl.path("Vaadin-Push-ID").asString();

            socket = http.newWebSocketBuilder()
                    .header("Cookie", cookie)
                    .header("Origin", root.getScheme() + "://" + root.getAuthority())
                    .connectTimeout(Duration.ofSeconds(30))
                    .buildAsync(pushUri(pushId), new Listener())
                    .get(60, TimeUnit.SECONDS);

            if (eager && !uidl.toString().contains("tile-deaths")) {
                throw new IOException("the page's initial UIDL has no tiles");
            }
            // Flow.tsx calls the router action and then onBeforeEnter, so ui-navigate goes out in both modes; with
            // eager server load the server has already navigated and the tiles came with the page.
            JsonNode navigated = uidl(navigateEvent(title(html)));
            if (!eager && !navigated.toString().contains("tile-deaths")) {
                throw new IOException("the navigation response has no tiles");
            }
            openNanos = eager ? pageNanos : System.nanoTime();
            sendPropertySyncEvents(eager ? List.of(uidl, navigated) : List.of(navigated));
            int interval = appConfig.path("heartbeatInterval").asInt(300);
            if (interval > 0) {
                heartbeat = scheduler.scheduleAtFixedRate(this::heartbeat, interval, interval, TimeUnit.SECONDS);
            }
            state = State.LIVE;
        } catch (Exception e) {
            fail(e);
        }
    }

    /** Leaves as a closing tab does: the UNLOAD beacon Flow sends on pagehide, then the socket closes. */
    void leave() {
        if (heartbeat != null) {
            heartbeat.cancel(false);
        }
        if (state == State.LIVE) {
            try {
                ObjectNode beacon = JSON.createObjectNode();
                beacon.put("csrfToken", csrfToken);
                beacon.putArray("rpc");
                beacon.put("UNLOAD", true);
                // navigator.sendBeacon with a string body: a text/plain POST that carries the cookies.
                http.send(HttpRequest.newBuilder(uidlUri()).timeout(REQUEST_TIMEOUT)
                        .header("Cookie", cookie).header("User-Agent", USER_AGENT)
                        .header("Content-Type", "text/plain;charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofString(beacon.toString())).build(),
                        HttpResponse.BodyHandlers.discarding());
            } catch (IOException e) {
                failure = "beacon: " + e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (socket != null) {
            // 1001 "going away" is what Chromium sends for a socket of a page being unloaded.
            socket.sendClose(1001, "").orTimeout(10, TimeUnit.SECONDS)
                    .whenComplete((ws, error) -> socket.abort());
        }
        if (state == State.LIVE) {
            state = State.CLOSED;
        }
    }

    /** From now on, note the first push message that contains {@code text}. */
    void watchFor(String text) {
        seenNanos = 0;
        watchedText = text;
    }

    State state() {
        return state;
    }

    String failure() {
        return failure;
    }

    boolean eager() {
        return eager;
    }

    /** Page request to tiles present, in ms; -1 when never open. */
    double openMillis() {
        return openNanos == 0 ? -1 : (openNanos - startNanos) / 1e6;
    }

    /** System.nanoTime() when the watched text arrived over push, 0 when it has not. */
    long seenNanos() {
        return seenNanos;
    }

    private String initQuery() {
        String location = route.startsWith("/") ? route.substring(1) : route;
        int random = ThreadLocalRandom.current().nextInt(1_000_000_000);
        // Parameter for parameter what Flow.ts collectBrowserDetails() sends from a 1366×757 headless Chromium.
        return "?v-r=init&location=" + encode(location) + "&query="
                + "&v-sh=600&v-sw=800&v-wh=757&v-ww=1366&v-bh=757&v-bw=1366&v-curdate=" + System.currentTimeMillis()
                + "&v-tzo=0&v-dstd=0&v-rtzo=0&v-dston=false&v-tzid=UTC&v-wn=" + encode("v-0." + random)
                + "&v-td=false&v-pr=1&v-np=" + encode("Linux x86_64") + "&v-cs=" + encode("light dark")
                + "&v-pv=VISIBLE&v-fs=NOT_FULLSCREEN&v-so=landscape-primary&v-soa=0&v-tn=lumo&v-ga=GRANTED"
                + "&v-wla=SUPPORTED&v-ws=false";
    }

    private URI pushUri(String pushId) {
        String ws = root.getScheme().equals("https") ? "wss" : "ws";
        return URI.create(ws + "://" + root.getAuthority() + "/VAADIN/push?v-r=push&v-uiId=" + uiId
                + "&v-pushId=" + pushId + "&X-Atmosphere-tracking-id=0&X-Atmosphere-Framework=4.0.1"
                + "&X-Atmosphere-Transport=websocket&X-Atmosphere-TrackMessageSize=true"
                + "&Content-Type=application/json;%20charset=UTF-8&X-atmo-protocol=true"
                + "&X-Vaadin-LastSeenServerSyncId=" + lastSeenSyncId);
    }

    private URI uidlUri() {
        return root.resolve("?v-r=uidl&v-uiId=" + uiId);
    }

    private ObjectNode navigateEvent(String appShellTitle) {
        ObjectNode data = JSON.createObjectNode();
        data.put("route", route);
        data.put("query", "");
        data.put("appShellTitle", appShellTitle);
        data.putObject("historyState").put("idx", 0);
        data.put("trigger", "");
        ObjectNode event = JSON.createObjectNode();
        event.put("type", "event");
        event.put("node", 1);
        event.put("event", "ui-navigate");
        event.set("data", data);
        return event;
    }

    /**
     * Chromium follows the first UI with one request of empty {@code *-changed} events, one per listener the server
     * registered (feature 4), highest node first: the web components fire them as they upgrade.
     */
    private void sendPropertySyncEvents(List<JsonNode> responses) throws IOException, InterruptedException {
        List<int[]> nodes = new ArrayList<>();
        List<String> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (JsonNode response : responses) {
            for (JsonNode change : response.path("changes")) {
                String key = change.path("key").asString("");
                if (change.path("feat").asInt(-1) == 4 && key.endsWith("-changed")
                        && seen.add(change.path("node").asInt() + ":" + key)) {
                    nodes.add(new int[] {change.path("node").asInt(), names.size()});
                    names.add(key);
                }
            }
        }
        if (nodes.isEmpty()) {
            return;
        }
        nodes.sort(Comparator.<int[]>comparingInt(n -> -n[0]).thenComparingInt(n -> n[1]));
        List<ObjectNode> events = new ArrayList<>();
        for (int[] node : nodes) {
            ObjectNode event = JSON.createObjectNode();
            event.put("type", "event");
            event.put("node", node[0]);
            event.put("event", names.get(node[1]));
            event.putObject("data");
            events.add(event);
        }
        uidl(events.toArray(ObjectNode[]::new));
    }

    /** One UIDL XHR, as MessageSender sends it; returns the parsed response and remembers its syncId. */
    private JsonNode uidl(ObjectNode... invocations) throws IOException, InterruptedException {
        ObjectNode payload = JSON.createObjectNode();
        payload.put("csrfToken", csrfToken);
        ArrayNode rpc = payload.putArray("rpc");
        for (ObjectNode invocation : invocations) {
            rpc.add(invocation);
        }
        payload.put("syncId", lastSeenSyncId);
        payload.put("clientId", clientId++);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uidlUri()).timeout(REQUEST_TIMEOUT)
                .header("Cookie", cookie).header("User-Agent", USER_AGENT)
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(payload.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("UIDL answered " + response.statusCode());
        }
        String body = response.body();
        if (body.startsWith("for(;;);")) {
            body = body.substring("for(;;);".length());
        }
        JsonNode json = JSON.readTree(body);
        if (json.isArray()) {
            json = json.path(0);
        }
        noteSyncId(json.path("syncId").asInt(-1));
        return json;
    }

    private void heartbeat() {
        // Heartbeat.java: an empty POST to ?v-r=heartbeat&v-uiId=N every heartbeatInterval seconds.
        http.sendAsync(HttpRequest.newBuilder(root.resolve("?v-r=heartbeat&v-uiId=" + uiId)).timeout(REQUEST_TIMEOUT)
                .header("Cookie", cookie).header("User-Agent", USER_AGENT)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
    }

    private HttpResponse<String> get(URI uri, String accept) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT)
                .header("Accept", accept).header("User-Agent", USER_AGENT);
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private void rememberCookie(HttpResponse<?> response) {
        for (String header : response.headers().allValues("set-cookie")) {
            String pair = header.split(";", 2)[0].trim();
            if (pair.startsWith("JSESSIONID=")) {
                cookie = pair;
            }
        }
    }

    private static Optional<JsonNode> initialAppConfig(String html) throws IOException {
        int at = html.indexOf(EAGER);
        if (at < 0) {
            return Optional.empty();
        }
        try (JsonParser parser = JSON.createParser(html.substring(at + EAGER.length()))) {
            JsonNode typeScript = JSON.readTree(parser);
            JsonNode initial = typeScript == null ? null : typeScript.get("initial");
            return initial == null || initial.isNull() ? Optional.empty() : Optional.of(initial.path("appConfig"));
        }
    }

    private static String title(String html) {
        Matcher title = TITLE.matcher(html);
        return title.find() ? title.group(1).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#39;", "'") : "";
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private void noteSyncId(int syncId) {
        if (syncId > lastSeenSyncId) {
            lastSeenSyncId = syncId;
        }
    }

    private void fail(Exception e) {
        failure = e.getClass().getSimpleName() + ": " + e.getMessage();
        state = State.FAILED;
        if (heartbeat != null) {
            heartbeat.cancel(false);
        }
        if (socket != null) {
            socket.abort();
        }
    }

    private final class Listener implements WebSocket.Listener {

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            for (String message : frames.accept(data)) {
                String watched = watchedText;
                if (watched != null && seenNanos == 0 && message.contains(watched)) {
                    seenNanos = System.nanoTime();
                }
                Matcher syncId = SYNC_ID.matcher(message);
                if (syncId.find()) {
                    noteSyncId(Integer.parseInt(syncId.group(1)));
                }
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            if (state == State.LIVE) {
                failure = "push closed by the server: " + statusCode + " " + reason;
            }
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            if (state == State.LIVE || state == State.NEW) {
                failure = "push error: " + error;
            }
        }
    }

    /**
     * Atmosphere's TrackMessageSize framing: each message is {@code LENGTH|payload}, LENGTH counting UTF-16 chars
     * as the JavaScript client does; one WebSocket frame may hold several messages, and one message may span frames.
     */
    static final class PushFrames {

        private final StringBuilder pending = new StringBuilder();

        synchronized List<String> accept(CharSequence data) {
            pending.append(data);
            List<String> messages = new ArrayList<>();
            while (true) {
                int bar = pending.indexOf("|");
                if (bar < 0) {
                    break;
                }
                int length;
                try {
                    length = Integer.parseInt(pending.substring(0, bar).trim());
                } catch (NumberFormatException e) {
                    // Not framed: hand the rest over as one message rather than stall.
                    messages.add(pending.toString());
                    pending.setLength(0);
                    break;
                }
                if (pending.length() < bar + 1 + length) {
                    break;
                }
                messages.add(pending.substring(bar + 1, bar + 1 + length));
                pending.delete(0, bar + 1 + length);
            }
            return messages;
        }
    }
}
