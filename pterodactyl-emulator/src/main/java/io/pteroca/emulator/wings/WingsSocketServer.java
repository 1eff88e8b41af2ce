package io.pteroca.emulator.wings;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.pteroca.emulator.state.EmulatorSettings;
import io.pteroca.emulator.state.EmulatorState;

/**
 * The Wings port, over a plain {@link ServerSocket}: backup downloads ({@link BackupDownloads}) and the websocket
 * endpoint {@code /api/servers/{uuid}/ws}, where the server must exist on this Wings (404 JSON otherwise), the
 * upgrade headers must be right (400), and the Origin must be the panel URL or an allowed origin (403 "Forbidden"),
 * as Wings checks them. A background thread
 * moves the simulated processes on and checks the tokens of open sockets about ten times a second.
 */
public final class WingsSocketServer implements AutoCloseable {

    private static final String GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
    private static final Pattern SOCKET_PATH = Pattern.compile("/api/servers/([0-9a-fA-F-]{36})/ws");
    private static final int MAX_HEAD = 16 * 1024;
    private static final long TICK_MILLIS = 100;

    private final EmulatorState state;
    private final WingsSimulator wings;
    private final BackupDownloads downloads;
    private final FileTransfers transfers;
    private final ServerSocket serverSocket;
    private final Set<ConsoleSession> sessions = ConcurrentHashMap.newKeySet();
    private final Map<ConsoleSession, WebSocketConnection> connections = new ConcurrentHashMap<>();
    private final AtomicInteger connectionIds = new AtomicInteger();
    private final AtomicInteger acceptedTokens = new AtomicInteger();
    private volatile boolean running;

    public WingsSocketServer(String host, int port, EmulatorState state, WingsSimulator wings) throws IOException {
        this.state = state;
        this.wings = wings;
        this.downloads = new BackupDownloads(state, wings);
        this.transfers = new FileTransfers(state, downloads);
        this.serverSocket = new ServerSocket();
        serverSocket.setReuseAddress(true);
        serverSocket.bind(new InetSocketAddress(host, port), 50);
    }

    public int port() {
        return serverSocket.getLocalPort();
    }

    public void start() {
        running = true;
        Thread acceptor = new Thread(this::acceptLoop, "wings-websocket-accept");
        acceptor.setDaemon(true);
        acceptor.start();
        Thread ticker = new Thread(() -> {
            while (running) {
                try {
                    Thread.sleep(TICK_MILLIS);
                    tick();
                } catch (InterruptedException e) {
                    return;
                } catch (RuntimeException e) {
                    // keep ticking; one bad server must not stop the others
                }
            }
        }, "wings-websocket-tick");
        ticker.setDaemon(true);
        ticker.start();
    }

    /** Moves the simulated processes on and checks the tokens of open sockets (also run by the panel's tick). */
    public void tick() {
        synchronized (state) {
            wings.tick();
            Instant now = state.clock().instant();
            for (ConsoleSession session : sessions) {
                boolean exists = state.servers.values().stream().anyMatch(s -> s.uuid.equals(session.serverUuid()));
                if (!exists) {
                    session.serverDeleted();
                    sessions.remove(session);
                } else {
                    session.checkToken(now);
                }
            }
        }
    }

    /** Bytes of file uploads received so far (see {@link FileTransfers}). */
    public long uploadedBytes() {
        return transfers.received();
    }

    /** How many websockets are connected. */
    public int connections() {
        return sessions.size();
    }

    /** How many tokens were answered with {@code auth success}, over all connections (a renewal counts again). */
    public int acceptedTokens() {
        return acceptedTokens.get();
    }

    @Override
    public void close() {
        running = false;
        try {
            serverSocket.close();
        } catch (IOException e) {
            // already closed
        }
        connections.values().forEach(c -> c.abort(WebSocketConnection.GOING_AWAY, "going away"));
        sessions.clear();
        connections.clear();
    }

    private void acceptLoop() {
        while (running) {
            try {
                Socket socket = serverSocket.accept();
                Thread handshake = new Thread(() -> handshake(socket), "wings-websocket-" + connectionIds.incrementAndGet());
                handshake.setDaemon(true);
                handshake.start();
            } catch (SocketException e) {
                return;
            } catch (IOException e) {
                // try the next connection
            }
        }
    }

    private void handshake(Socket socket) {
        try {
            socket.setSoTimeout(10_000);
            // Go, which Wings is written in, turns Nagle's algorithm off on every TCP connection.
            socket.setTcpNoDelay(true);
            InputStream in = new BufferedInputStream(socket.getInputStream());
            OutputStream out = socket.getOutputStream();
            String head = readHead(in);
            if (head == null) {
                socket.close();
                return;
            }
            String[] lines = head.split("\r\n");
            String[] requestLine = lines[0].split(" ");
            Map<String, String> headers = new HashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                if (colon > 0) {
                    headers.putIfAbsent(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
                }
            }
            String target = requestLine.length > 1 ? requestLine[1] : "/";
            int query = target.indexOf('?');
            String path = query < 0 ? target : target.substring(0, query);
            if ("GET".equals(requestLine[0]) && path.equals(BackupDownloads.PATH)) {
                reply(socket, out, downloads.answer(query < 0 ? null : target.substring(query + 1)));
                return;
            }
            if ("GET".equals(requestLine[0]) && path.equals(FileTransfers.DOWNLOAD)) {
                reply(socket, out, transfers.download(query < 0 ? null : target.substring(query + 1)));
                return;
            }
            if ("POST".equals(requestLine[0]) && path.equals(FileTransfers.UPLOAD)) {
                socket.setSoTimeout(60_000);
                reply(socket, out, transfers.upload(query < 0 ? null : target.substring(query + 1), headers, in));
                return;
            }
            Matcher matcher = SOCKET_PATH.matcher(path);
            String serverUuid = matcher.matches() ? matcher.group(1) : null;
            HttpReply refusal = upgradeRefusal(requestLine[0], serverUuid, headers);
            if (refusal != null) {
                reply(socket, out, refusal);
                return;
            }
            String key = headers.get("sec-websocket-key");
            String accept = Base64.getEncoder().encodeToString(
                    MessageDigest.getInstance("SHA-1").digest((key.trim() + GUID).getBytes(StandardCharsets.ISO_8859_1)));
            out.write(("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Accept: " + accept + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            socket.setSoTimeout(0);
            WebSocketConnection connection = new WebSocketConnection(socket, in, out);
            ConsoleSession session = new ConsoleSession(state, wings, serverUuid.toLowerCase(Locale.ROOT), connection,
                    acceptedTokens::incrementAndGet);
            if (!running) {
                socket.close();
                return;
            }
            sessions.add(session);
            connections.put(session, connection);
            connection.start(Thread.currentThread().getName(), session::onText, () -> {
                session.closed();
                sessions.remove(session);
                connections.remove(session);
            });
        } catch (IOException | NoSuchAlgorithmException e) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // already closed
            }
        }
    }

    /**
     * Why Wings refuses to upgrade: 404 JSON for a server it does not have (or whose node points elsewhere), 400 for
     * a bad upgrade request, 403 for an Origin it does not allow; null when it upgrades.
     */
    private HttpReply upgradeRefusal(String method, String serverUuid, Map<String, String> headers) {
        if (serverUuid == null || !wings.holds(serverUuid)) {
            return HttpReply.error(404, "The requested resource does not exist on this instance.", false);
        }
        String key = headers.get("sec-websocket-key");
        if (!"GET".equals(method) || !"websocket".equalsIgnoreCase(headers.get("upgrade"))
                || !hasToken(headers.get("connection"), "upgrade") || !"13".equals(headers.get("sec-websocket-version"))
                || key == null || key.isBlank()) {
            return HttpReply.text(400, "text/plain; charset=utf-8", "Bad Request");
        }
        if (!originAllowed(headers.get("origin"))) {
            return HttpReply.text(403, "text/plain; charset=utf-8", "Forbidden");
        }
        return null;
    }

    /** Wings' rule: exactly its panel URL (`remote`), or an entry of allowed_origins, where "*" allows any. */
    private boolean originAllowed(String origin) {
        EmulatorSettings settings = state.settings();
        if (origin == null) {
            return settings.allowedOrigins.contains("*");
        }
        return origin.equals(settings.panelUrl) || settings.allowedOrigins.contains("*") || settings.allowedOrigins.contains(origin);
    }

    private static boolean hasToken(String header, String token) {
        if (header == null) {
            return false;
        }
        for (String part : header.split(",")) {
            if (part.trim().equalsIgnoreCase(token)) {
                return true;
            }
        }
        return false;
    }

    /** The request line and headers, up to the empty line; null if the client stops early or sends too much. */
    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (head.size() < MAX_HEAD) {
            int b = in.read();
            if (b < 0) {
                return null;
            }
            head.write(b);
            matched = (b == '\r' && (matched == 0 || matched == 2)) || (b == '\n' && (matched == 1 || matched == 3)) ? matched + 1
                    : b == '\r' ? 1 : 0;
            if (matched == 4) {
                String text = head.toString(StandardCharsets.ISO_8859_1);
                return text.substring(0, text.length() - 4);
            }
        }
        return null;
    }

    private static void reply(Socket socket, OutputStream out, HttpReply reply) throws IOException {
        reply.write(out);
        socket.close();
    }
}
