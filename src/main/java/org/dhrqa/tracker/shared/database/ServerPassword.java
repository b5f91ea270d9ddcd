package org.dhrqa.tracker.shared.database;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.util.LinuxUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded server's superuser password and the rule that asks for it. A folder
 * without a password file (new, or made by a version that ran the server with "trust")
 * gets a random password, set in the cluster in single-user mode before the server starts
 * (so there is no moment when the server admits anyone without it), and the file is
 * written once the server has accepted it. A crash in between only means a new password
 * at the next start.
 */
final class ServerPassword {

	private static final Logger log = LoggerFactory.getLogger(ServerPassword.class);

	static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

	static final String HBA = """
			# Written by DHR QA Tracker at every start: only with the password, only over loopback.
			host all all 127.0.0.1/32 scram-sha-256
			""";

	private final Path file;

	private final String value;

	private final boolean kept;

	private ServerPassword(Path file, String value, boolean kept) {
		this.file = file;
		this.value = value;
		this.kept = kept;
	}

	static ServerPassword of(Path file) throws IOException {
		if (Files.exists(file)) {
			ownerOnly(file);
			String value = Files.readString(file, StandardCharsets.UTF_8).trim();
			if (!value.isEmpty()) {
				return new ServerPassword(file, value, true);
			}
		}
		byte[] random = new byte[24];
		new SecureRandom().nextBytes(random);
		return new ServerPassword(file, Base64.getUrlEncoder().withoutPadding().encodeToString(random), false);
	}

	String value() {
		return this.value;
	}

	/**
	 * Before the server starts: only password sign-in, and the password set when it is
	 * new.
	 */
	void secure(Path cluster, Path binaries) {
		try {
			Files.writeString(cluster.resolve("pg_hba.conf"), HBA, StandardCharsets.UTF_8);
			if (!this.kept) {
				log.info("Setting a generated password on the embedded PostgreSQL; it is kept in {}", this.file);
				setInSingleUserMode(cluster, postgresBinary(cluster, binaries));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not secure the embedded PostgreSQL in " + cluster, ex);
		}
	}

	/** Once the server has accepted the password: keep it, readable by the owner only. */
	void keep() throws IOException {
		if (this.kept) {
			return;
		}
		Path folder = this.file.getParent();
		Path temporary = posix()
				? Files.createTempFile(folder, ".password", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY))
				: Files.createTempFile(folder, ".password", ".tmp");
		Files.writeString(temporary, this.value + "\n", StandardCharsets.UTF_8);
		Files.move(temporary, this.file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		ownerOnly(this.file);
	}

	private void setInSingleUserMode(Path cluster, Path postgres) throws IOException {
		List<String> command = new ArrayList<>();
		if (LinuxUtils.isUnshareAvailable()) {
			// as root, like the library: PostgreSQL refuses to run as root
			command.addAll(List.of("unshare", "-U"));
		}
		command.addAll(List.of(postgres.toString(), "--single", "-D", cluster.toString(), "-c",
				"password_encryption=scram-sha-256", "postgres"));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		try (OutputStream input = process.getOutputStream()) {
			input.write(("ALTER ROLE postgres WITH PASSWORD '" + this.value + "';\n").getBytes(StandardCharsets.UTF_8));
		}
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		try {
			if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0 || output.contains("ERROR")) {
				process.destroyForcibly();
				throw new IOException("Setting the password in single-user mode failed: " + output.trim());
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted while setting the embedded PostgreSQL's password", ex);
		}
	}

	/**
	 * The unpacked server the library is about to start: the one in the binaries folder
	 * whose major version is the cluster's.
	 */
	static Path postgresBinary(Path cluster, Path binaries) throws IOException {
		String major = Files.readString(cluster.resolve("PG_VERSION")).trim();
		List<Path> candidates = new ArrayList<>();
		if (Files.isDirectory(binaries)) {
			try (Stream<Path> folders = Files.list(binaries)) {
				folders.filter((folder) -> folder.getFileName().toString().startsWith("PG-"))
					.map((folder) -> folder.resolve("bin").resolve("postgres"))
					.filter(Files::isExecutable)
					.forEach(candidates::add);
			}
		}
		candidates.addAll(unpackedEarlierInThisJvm());
		for (Path candidate : candidates) {
			if (candidates.size() == 1 || versionOf(candidate).startsWith(major + ".")) {
				return candidate;
			}
		}
		throw new IOException("No PostgreSQL " + major + " server found in " + binaries);
	}

	/**
	 * The library unpacks its binaries once per JVM and then reuses them whatever folder
	 * a later server is given (as when tests start a second server), keeping where in a
	 * private map.
	 */
	private static List<Path> unpackedEarlierInThisJvm() {
		try {
			java.lang.reflect.Field field = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.class
				.getDeclaredField("PREPARE_BINARIES");
			field.setAccessible(true);
			List<Path> found = new ArrayList<>();
			for (Object folder : ((java.util.Map<?, ?>) field.get(null)).values()) {
				Path postgres = ((java.io.File) folder).toPath().resolve("bin").resolve("postgres");
				if (Files.isExecutable(postgres)) {
					found.add(postgres);
				}
			}
			return found;
		}
		catch (ReflectiveOperationException | RuntimeException ex) {
			log.debug("Could not see where the embedded PostgreSQL was unpacked", ex);
			return List.of();
		}
	}

	private static String versionOf(Path postgres) throws IOException {
		Process process = new ProcessBuilder(postgres.toString(), "--version").redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
		// "postgres (PostgreSQL) 17.6"
		return output.substring(output.lastIndexOf(' ') + 1);
	}

	private static void ownerOnly(Path file) throws IOException {
		if (posix()) {
			Files.setPosixFilePermissions(file, OWNER_ONLY);
		}
	}

	private static boolean posix() {
		return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
	}

}
