import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Counts the SQL statements an application sends to PostgreSQL, by sitting between them
 * on the wire. Every Execute (extended protocol) or Query (simple protocol) message is one
 * statement; transaction control (BEGIN, COMMIT, ROLLBACK, SET, SHOW, SAVEPOINT, and the
 * empty query of a connection check) is counted apart. SSL is refused so the traffic stays
 * readable: point the app at it with {@code sslmode=disable}.
 *
 * <pre>
 * java bench/PgWireCounter.java LISTEN_PORT PG_HOST PG_PORT CONTROL_PORT
 *   GET http://127.0.0.1:CONTROL_PORT/reset   zero the counters
 *   GET http://127.0.0.1:CONTROL_PORT/counts  "statements N control N"
 *   GET http://127.0.0.1:CONTROL_PORT/sql     each statement text with how often it ran
 * </pre>
 *
 * A benchmark helper, not part of the application; used by bench/run.sh.
 */
public class PgWireCounter {

	private static final int SSL_REQUEST = 80877103;

	private static final int GSSENC_REQUEST = 80877104;

	private static final int CANCEL_REQUEST = 80877102;

	private static final AtomicLong statements = new AtomicLong();

	private static final AtomicLong control = new AtomicLong();

	private static final Map<String, AtomicLong> texts = new ConcurrentHashMap<>();

	public static void main(String[] args) throws IOException {
		int listenPort = Integer.parseInt(args[0]);
		String pgHost = args[1];
		int pgPort = Integer.parseInt(args[2]);
		int controlPort = Integer.parseInt(args[3]);
		HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", controlPort), 0);
		http.createContext("/reset", (exchange) -> {
			statements.set(0);
			control.set(0);
			texts.clear();
			reply(exchange, "ok\n");
		});
		http.createContext("/counts",
				(exchange) -> reply(exchange, "statements " + statements.get() + " control " + control.get() + "\n"));
		http.createContext("/sql", (exchange) -> reply(exchange, texts.entrySet()
			.stream()
			.sorted((a, b) -> Long.compare(b.getValue().get(), a.getValue().get()))
			.map((entry) -> entry.getValue().get() + "\t" + entry.getKey().replaceAll("\\s+", " "))
			.collect(Collectors.joining("\n", "", "\n"))));
		http.start();
		try (ServerSocket server = new ServerSocket()) {
			server.bind(new InetSocketAddress("127.0.0.1", listenPort));
			System.out.println("PgWireCounter listening on " + listenPort + " for " + pgHost + ":" + pgPort);
			while (true) {
				Socket client = server.accept();
				daemon(() -> serve(client, pgHost, pgPort));
			}
		}
	}

	private static Thread daemon(Runnable work) {
		Thread thread = new Thread(work);
		thread.setDaemon(true);
		thread.start();
		return thread;
	}

	private static void reply(HttpExchange exchange, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.sendResponseHeaders(200, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	private static void serve(Socket client, String pgHost, int pgPort) {
		try (client; Socket upstream = new Socket(pgHost, pgPort)) {
			client.setTcpNoDelay(true);
			upstream.setTcpNoDelay(true);
			DataInputStream in = new DataInputStream(new BufferedInputStream(client.getInputStream()));
			DataOutputStream toServer = new DataOutputStream(new BufferedOutputStream(upstream.getOutputStream()));
			OutputStream toClient = client.getOutputStream();
			if (!startup(in, toServer, toClient)) {
				copy(upstream.getInputStream(), toClient);
				return;
			}
			Thread back = daemon(() -> {
				try {
					copy(upstream.getInputStream(), toClient);
				}
				catch (IOException ex) {
					// the connection is closing
				}
			});
			forwardMessages(in, toServer);
			back.join();
		}
		catch (IOException | InterruptedException ex) {
			// a closed connection ends its threads
		}
	}

	/**
	 * Forwards the startup packet, answering "no" to SSL and GSS encryption requests.
	 * Returns false for a cancel request, which has no messages after it.
	 */
	private static boolean startup(DataInputStream in, DataOutputStream toServer, OutputStream toClient)
			throws IOException {
		while (true) {
			int length = in.readInt();
			byte[] body = new byte[length - 4];
			in.readFully(body);
			int code = ((body[0] & 0xff) << 24) | ((body[1] & 0xff) << 16) | ((body[2] & 0xff) << 8) | (body[3] & 0xff);
			if (code == SSL_REQUEST || code == GSSENC_REQUEST) {
				toClient.write('N');
				toClient.flush();
				continue;
			}
			toServer.writeInt(length);
			toServer.write(body);
			toServer.flush();
			return code != CANCEL_REQUEST;
		}
	}

	private static void forwardMessages(DataInputStream in, DataOutputStream toServer) throws IOException {
		Map<String, String> preparedStatements = new HashMap<>();
		Map<String, String> portals = new HashMap<>();
		try {
			while (true) {
				int type = in.readUnsignedByte();
				int length = in.readInt();
				byte[] body = new byte[length - 4];
				in.readFully(body);
				switch (type) {
					case 'P' -> {
						int[] at = { 0 };
						String name = cString(body, at);
						preparedStatements.put(name, cString(body, at));
					}
					case 'B' -> {
						int[] at = { 0 };
						String portal = cString(body, at);
						portals.put(portal, preparedStatements.getOrDefault(cString(body, at), ""));
					}
					case 'E' -> count(portals.getOrDefault(cString(body, new int[] { 0 }), ""));
					case 'Q' -> count(cString(body, new int[] { 0 }));
					default -> {
					}
				}
				toServer.write(type);
				toServer.writeInt(length);
				toServer.write(body);
				if (type != 'P' && type != 'B' && type != 'E' && type != 'D') {
					toServer.flush();
				}
			}
		}
		catch (EOFException ex) {
			toServer.flush();
		}
	}

	private static void count(String sql) {
		String head = sql.strip().toUpperCase(Locale.ROOT);
		if (head.isEmpty() || head.startsWith("BEGIN") || head.startsWith("COMMIT") || head.startsWith("ROLLBACK")
				|| head.startsWith("SET ") || head.startsWith("SHOW ") || head.startsWith("SAVEPOINT")
				|| head.startsWith("RELEASE") || head.startsWith("START TRANSACTION")) {
			control.incrementAndGet();
			return;
		}
		statements.incrementAndGet();
		texts.computeIfAbsent(sql, (key) -> new AtomicLong()).incrementAndGet();
	}

	private static String cString(byte[] body, int[] at) {
		int start = at[0];
		int end = start;
		while (body[end] != 0) {
			end++;
		}
		at[0] = end + 1;
		return new String(body, start, end - start, StandardCharsets.UTF_8);
	}

	private static void copy(InputStream from, OutputStream to) throws IOException {
		byte[] buffer = new byte[65536];
		int read;
		while ((read = from.read(buffer)) >= 0) {
			to.write(buffer, 0, read);
			to.flush();
		}
	}

}
