package org.dhrqa.tracker.shared.database;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL 17 server run by the application itself, so that the service works on a
 * machine with nothing else installed. The data folder is locked for the lifetime of the
 * server: a second instance on the same folder fails with
 * {@link DataFolderInUseException} instead of corrupting the cluster.
 * <p>
 * The server is durable (fsync, synchronous commit, full page writes), listens on
 * 127.0.0.1 only (no Unix socket), and admits nobody without the password: a random one
 * generated on the first start (also the first start of a folder made by an earlier
 * version) and kept in {@value #PASSWORD_FILE} in the data folder, readable by its owner
 * only. Tests may ask for a server without fsync ({@link Durability#FAST_FOR_TESTS}).
 */
public final class EmbeddedPostgresDatabase implements Closeable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresDatabase.class);

	static final String DATABASE_NAME = "postgres";

	/** The superuser's password, in the data folder, mode 0600. */
	public static final String PASSWORD_FILE = "postgres-password";

	/** Whether the server writes through to disk. */
	public enum Durability {

		/** fsync, synchronous commit and full page writes: what the service runs with. */
		DURABLE,

		/** No fsync: a crash may lose the cluster. For throw-away test databases only. */
		FAST_FOR_TESTS

	}

	private final Path dataFolder;

	private final FileChannel lockChannel;

	private final FileLock lock;

	private final EmbeddedPostgres postgres;

	private final String password;

	private EmbeddedPostgresDatabase(Path dataFolder, FileChannel lockChannel, FileLock lock, EmbeddedPostgres postgres,
			String password) {
		this.dataFolder = dataFolder;
		this.lockChannel = lockChannel;
		this.lock = lock;
		this.postgres = postgres;
		this.password = password;
	}

	public static EmbeddedPostgresDatabase start(Path dataFolder) {
		return start(dataFolder, Durability.DURABLE);
	}

	public static EmbeddedPostgresDatabase start(Path dataFolder, Durability durability) {
		return start(dataFolder, durability, 0);
	}

	/** On a given port (0: any free one), such as again on the port it had before. */
	public static EmbeddedPostgresDatabase start(Path dataFolder, Durability durability, int port) {
		Path folder = dataFolder.toAbsolutePath().normalize();
		FileChannel channel = null;
		FileLock lock = null;
		try {
			Files.createDirectories(folder);
			channel = FileChannel.open(folder.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
			lock = tryLock(channel);
			if (lock == null) {
				throw new DataFolderInUseException(folder);
			}
			Path clusterFolder = folder.resolve("postgres");
			stopOrphanedServer(clusterFolder);
			ServerPassword password = ServerPassword.of(folder.resolve(PASSWORD_FILE));
			boolean durable = durability == Durability.DURABLE;
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setDataDirectory(clusterFolder)
				.setCleanDataDirectory(false)
				.setOverrideWorkingDirectory(folder.resolve("binaries").toFile())
				.setPort(port)
				.setServerConfig("max_connections", "50")
				// the library starts the server with -F (no fsync); these come after it
				// and win
				.setServerConfig("fsync", durable ? "on" : "off")
				.setServerConfig("synchronous_commit", durable ? "on" : "off")
				.setServerConfig("full_page_writes", durable ? "on" : "off")
				.setServerConfig("listen_addresses", LOOPBACK)
				.setServerConfig("unix_socket_directories", "''")
				.setServerConfig("password_encryption", "scram-sha-256")
				// the library's own readiness check signs in too
				.setConnectConfig("password", password.value())
				.setDataDirectoryCustomizer((cluster) -> password.secure(cluster.toPath(), folder.resolve("binaries")))
				.setLocaleConfig("encoding", "UTF8")
				.setPGStartupWait(java.time.Duration.ofSeconds(60))
				// Spring stops the server after the connection pool has closed
				.setRegisterShutdownHook(false)
				.start();
			log.info("Embedded PostgreSQL {} is running on port {}; data lives in {}", "17", postgres.getPort(),
					clusterFolder);
			password.keep();
			return new EmbeddedPostgresDatabase(folder, channel, lock, postgres, password.value());
		}
		catch (DataFolderInUseException ex) {
			closeQuietly(channel);
			throw ex;
		}
		catch (IOException ex) {
			release(lock, channel);
			throw new IllegalStateException("Could not start the embedded PostgreSQL database in " + folder, ex);
		}
	}

	/**
	 * A JVM killed outright leaves its PostgreSQL running on the folder. We hold the
	 * folder lock, so no live instance owns that server: ask it to shut down (SIGTERM, a
	 * clean "smart" stop) before starting our own. A stale pid file of a dead process is
	 * PostgreSQL's to handle.
	 */
	static void stopOrphanedServer(Path clusterFolder) throws IOException {
		Path pidFile = clusterFolder.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		java.util.List<String> lines = Files.readAllLines(pidFile);
		if (lines.isEmpty() || !lines.get(0).trim().matches("\\d+")) {
			return;
		}
		java.util.Optional<ProcessHandle> orphan = ProcessHandle.of(Long.parseLong(lines.get(0).trim()))
			.filter(ProcessHandle::isAlive)
			.filter((process) -> process.info().command().map((command) -> command.endsWith("postgres")).orElse(false));
		if (orphan.isEmpty()) {
			return;
		}
		log.warn("A previous run left its PostgreSQL server (pid {}) running on {}; stopping it", orphan.get().pid(),
				clusterFolder);
		orphan.get().destroy();
		try {
			orphan.get().onExit().get(60, java.util.concurrent.TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted while stopping the orphaned PostgreSQL server", ex);
		}
		catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException ex) {
			throw new IOException("The PostgreSQL server left by a previous run (pid " + orphan.get().pid()
					+ ") did not stop; stop it by hand", ex);
		}
	}

	private static FileLock tryLock(FileChannel channel) throws IOException {
		try {
			return channel.tryLock();
		}
		catch (OverlappingFileLockException ex) {
			return null;
		}
	}

	static final String LOOPBACK = "127.0.0.1";

	public String jdbcUrl() {
		return "jdbc:postgresql://" + LOOPBACK + ":" + this.postgres.getPort() + "/" + DATABASE_NAME;
	}

	public String username() {
		return "postgres";
	}

	public String password() {
		return this.password;
	}

	public int port() {
		return this.postgres.getPort();
	}

	public Path dataFolder() {
		return this.dataFolder;
	}

	Map<String, String> describe() {
		return Map.of("url", jdbcUrl(), "dataFolder", this.dataFolder.toString());
	}

	@Override
	public void close() {
		try {
			this.postgres.close();
			log.info("Embedded PostgreSQL stopped");
		}
		catch (IOException ex) {
			log.warn("Embedded PostgreSQL did not stop cleanly", ex);
		}
		finally {
			release(this.lock, this.lockChannel);
		}
	}

	private static void release(FileLock lock, FileChannel channel) {
		try {
			if (lock != null) {
				lock.release();
			}
		}
		catch (IOException ex) {
			// the lock goes with the channel anyway
		}
		closeQuietly(channel);
	}

	private static void closeQuietly(FileChannel channel) {
		if (channel != null) {
			try {
				channel.close();
			}
			catch (IOException ex) {
				// nothing more to release
			}
		}
	}

}
