package io.pteroca.emulator.wings;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;

/**
 * The server side of one RFC 6455 connection after the handshake: masked frames from the client, unmasked
 * frames to it, text messages (fragments joined), ping answered with pong, and the close handshake. No
 * extensions and no subprotocols. Reading and writing each run on their own daemon thread, so sending never
 * blocks the caller.
 */
final class WebSocketConnection {

    static final int NORMAL = 1000;
    static final int GOING_AWAY = 1001;
    static final int PROTOCOL_ERROR = 1002;
    static final int INVALID_DATA = 1007;
    static final int TOO_BIG = 1009;

    private static final int OP_CONTINUATION = 0x0;
    private static final int OP_TEXT = 0x1;
    private static final int OP_BINARY = 0x2;
    private static final int OP_CLOSE = 0x8;
    private static final int OP_PING = 0x9;
    private static final int OP_PONG = 0xA;
    private static final int MAX_MESSAGE = 64 * 1024;
    /** Marks the end of the outbox; nothing is written after it. */
    private static final byte[] END = new byte[0];

    private final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;
    private final BlockingQueue<byte[]> outbox = new LinkedBlockingQueue<>();
    private volatile boolean closeSent;
    /** Whether the message being assembled from fragments is text (only the reader thread uses it). */
    private boolean textMessage;
    private volatile boolean closed;

    WebSocketConnection(Socket socket, InputStream in, OutputStream out) {
        this.socket = socket;
        this.in = new DataInputStream(in);
        this.out = out;
    }

    /** Starts reading and writing; onText gets every text message, onClosed runs once when the connection ends. */
    void start(String name, Consumer<String> onText, Runnable onClosed) {
        Thread writer = new Thread(this::writeLoop, name + "-out");
        writer.setDaemon(true);
        writer.start();
        Thread reader = new Thread(() -> {
            try {
                readLoop(onText);
            } finally {
                closeSocket();
                onClosed.run();
            }
        }, name + "-in");
        reader.setDaemon(true);
        reader.start();
    }

    void sendText(String text) {
        if (!closeSent) {
            outbox.add(frame(OP_TEXT, text.getBytes(StandardCharsets.UTF_8)));
        }
    }

    /** Starts the close handshake; the socket ends when the client answers, or at once if it is gone. */
    synchronized void close(int code, String reason) {
        if (closeSent) {
            return;
        }
        closeSent = true;
        outbox.add(closeFrame(code, reason));
    }

    /** Sends a close frame (if none was sent) and ends the TCP connection without waiting for the answer. */
    void abort(int code, String reason) {
        close(code, reason);
        outbox.add(END);
    }

    boolean isOpen() {
        return !closed && !closeSent;
    }

    private void readLoop(Consumer<String> onText) {
        ByteArrayOutputStream message = null;
        try {
            while (!closed) {
                int b0 = in.readUnsignedByte();
                int b1 = in.readUnsignedByte();
                boolean fin = (b0 & 0x80) != 0;
                int opcode = b0 & 0x0F;
                boolean masked = (b1 & 0x80) != 0;
                long length = b1 & 0x7F;
                if ((b0 & 0x70) != 0 || !masked) {
                    // Reserved bits need a negotiated extension, and clients must mask (RFC 6455 5.1, 5.2).
                    fail(PROTOCOL_ERROR, "protocol error");
                    return;
                }
                if (length == 126) {
                    length = in.readUnsignedShort();
                } else if (length == 127) {
                    length = in.readLong();
                }
                boolean control = (opcode & 0x8) != 0;
                if (control && (!fin || length > 125)) {
                    fail(PROTOCOL_ERROR, "protocol error");
                    return;
                }
                if (length < 0 || length > MAX_MESSAGE || (message != null && message.size() + length > MAX_MESSAGE)) {
                    fail(TOO_BIG, "message too big");
                    return;
                }
                byte[] mask = new byte[4];
                in.readFully(mask);
                byte[] payload = new byte[(int) length];
                in.readFully(payload);
                for (int i = 0; i < payload.length; i++) {
                    payload[i] ^= mask[i & 3];
                }
                switch (opcode) {
                    case OP_PING -> {
                        if (!closeSent) {
                            outbox.add(frame(OP_PONG, payload));
                        }
                    }
                    case OP_PONG -> {
                    }
                    case OP_CLOSE -> {
                        int code = payload.length >= 2 ? ((payload[0] & 0xFF) << 8) | (payload[1] & 0xFF) : NORMAL;
                        close(code == 1005 || code == 1006 || code == 1015 ? NORMAL : code, "");
                        outbox.add(END);
                        return;
                    }
                    case OP_TEXT, OP_BINARY -> {
                        if (message != null) {
                            fail(PROTOCOL_ERROR, "protocol error");
                            return;
                        }
                        message = new ByteArrayOutputStream();
                        message.write(payload);
                        message = finish(fin, opcode == OP_TEXT, message, onText);
                    }
                    case OP_CONTINUATION -> {
                        if (message == null) {
                            fail(PROTOCOL_ERROR, "protocol error");
                            return;
                        }
                        message.write(payload);
                        message = finish(fin, textMessage, message, onText);
                    }
                    default -> {
                        fail(PROTOCOL_ERROR, "protocol error");
                        return;
                    }
                }
            }
        } catch (CharacterCodingException e) {
            fail(INVALID_DATA, "invalid utf-8");
        } catch (EOFException e) {
            // The client went away without a close frame.
        } catch (IOException e) {
            // The socket was closed.
        }
    }

    /** Hands a finished text message over; binary messages are dropped, as Wings ignores what is not JSON. */
    private ByteArrayOutputStream finish(boolean fin, boolean text, ByteArrayOutputStream message, Consumer<String> onText)
            throws CharacterCodingException {
        textMessage = text;
        if (!fin) {
            return message;
        }
        if (text) {
            String decoded = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(message.toByteArray())).toString();
            onText.accept(decoded);
        }
        return null;
    }

    private void fail(int code, String reason) {
        abort(code, reason);
    }

    private void writeLoop() {
        try {
            while (true) {
                byte[] frame = outbox.take();
                if (frame == END) {
                    break;
                }
                out.write(frame);
                out.flush();
            }
        } catch (IOException e) {
            // The client is gone; the reader notices too.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closeSocket();
    }

    private void closeSocket() {
        closed = true;
        outbox.add(END);
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }

    private static byte[] closeFrame(int code, String reason) {
        byte[] text = reason.getBytes(StandardCharsets.UTF_8);
        byte[] payload = new byte[2 + text.length];
        payload[0] = (byte) (code >> 8);
        payload[1] = (byte) code;
        System.arraycopy(text, 0, payload, 2, text.length);
        return frame(OP_CLOSE, payload);
    }

    private static byte[] frame(int opcode, byte[] payload) {
        int header = payload.length < 126 ? 2 : payload.length <= 0xFFFF ? 4 : 10;
        byte[] frame = new byte[header + payload.length];
        frame[0] = (byte) (0x80 | opcode);
        if (header == 2) {
            frame[1] = (byte) payload.length;
        } else if (header == 4) {
            frame[1] = 126;
            frame[2] = (byte) (payload.length >> 8);
            frame[3] = (byte) payload.length;
        } else {
            frame[1] = 127;
            long length = payload.length;
            for (int i = 0; i < 8; i++) {
                frame[2 + i] = (byte) (length >> (56 - 8 * i));
            }
        }
        System.arraycopy(payload, 0, frame, header, payload.length);
        return frame;
    }
}
