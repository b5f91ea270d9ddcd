package org.dhrqa.tracker.shared.database;

import java.nio.file.Path;
import java.sql.Connection;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The zero-configuration database: persists across restarts and refuses a second server
 * on its folder.
 */
class EmbeddedPostgresDatabaseIT {

	@TempDir
	Path folder;

	@Test
	void keepsDataAcrossRestartsAndRefusesASecondInstanceOnTheSameFolder() throws Exception {
		try (EmbeddedPostgresDatabase first = EmbeddedPostgresDatabase.start(this.folder)) {
			execute(first, "create table kept (value text); insert into kept values ('still here')");

			assertThatThrownBy(() -> EmbeddedPostgresDatabase.start(this.folder))
				.isInstanceOf(DataFolderInUseException.class)
				.hasMessageContaining(this.folder.toAbsolutePath().normalize().toString());

			// the refused start did no damage to the running server
			assertThat(query(first, "select value from kept")).isEqualTo("still here");
		}
		try (EmbeddedPostgresDatabase second = EmbeddedPostgresDatabase.start(this.folder)) {
			assertThat(query(second, "select value from kept")).isEqualTo("still here");
			assertThat(query(second, "select current_setting('server_version_num')")).startsWith("17");
		}
	}

	@Test
	void stopsAServerOrphanedByAKilledRunAndStartsOnItsData() throws Exception {
		try (EmbeddedPostgresDatabase first = EmbeddedPostgresDatabase.start(this.folder)) {
			execute(first, "create table kept (value text); insert into kept values ('survived')");
		}
		// a run killed with SIGKILL: its server keeps running on the folder, nobody holds
		// the lock
		Process killedRun = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-cp", System.getProperty("java.class.path"), KilledRun.class.getName(), this.folder.toString())
			.redirectErrorStream(true)
			.start();
		try (var output = new java.io.BufferedReader(new java.io.InputStreamReader(killedRun.getInputStream()))) {
			String line;
			while ((line = output.readLine()) != null && !line.equals("ready")) {
				// wait until its server is up
			}
			killedRun.destroyForcibly().waitFor();
		}
		long orphanPid = Long
			.parseLong(java.nio.file.Files.readAllLines(this.folder.resolve("postgres").resolve("postmaster.pid"))
				.get(0)
				.trim());
		assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive)).contains(true);

		try (EmbeddedPostgresDatabase next = EmbeddedPostgresDatabase.start(this.folder)) {
			assertThat(query(next, "select value from kept")).isEqualTo("survived");
			assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
		}
	}

	@Test
	void isDurableListensOnLoopbackOnlyAndAdmitsNobodyWithoutThePassword() throws Exception {
		String password;
		try (EmbeddedPostgresDatabase database = EmbeddedPostgresDatabase.start(this.folder)) {
			password = database.password();
			assertThat(query(database, "show fsync")).isEqualTo("on");
			assertThat(query(database, "show synchronous_commit")).isEqualTo("on");
			assertThat(query(database, "show full_page_writes")).isEqualTo("on");
			assertThat(query(database, "show listen_addresses")).isEqualTo("127.0.0.1");
			assertThat(query(database, "show unix_socket_directories")).isEmpty();
			assertThat(query(database, "select rolpassword from pg_authid where rolname = 'postgres'"))
				.startsWith("SCRAM-SHA-256$");

			assertThatThrownBy(() -> DriverManager.getConnection(database.jdbcUrl(), database.username(), ""))
				.isInstanceOf(SQLException.class);
			assertThatThrownBy(
					() -> DriverManager.getConnection(database.jdbcUrl(), database.username(), "not-the-password"))
				.isInstanceOf(SQLException.class)
				.hasMessageContaining("password authentication failed");
		}
		Path file = this.folder.resolve(EmbeddedPostgresDatabase.PASSWORD_FILE);
		assertThat(Files.readString(file).trim()).isEqualTo(password).hasSizeGreaterThanOrEqualTo(32);
		assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
		// the next start keeps the same password
		try (EmbeddedPostgresDatabase again = EmbeddedPostgresDatabase.start(this.folder)) {
			assertThat(again.password()).isEqualTo(password);
			assertThat(query(again, "select 'in'")).isEqualTo("in");
		}
	}

	@Test
	void aFolderMadeBeforePasswordsGetsOneAtItsFirstStart() throws Exception {
		try (EmbeddedPostgresDatabase first = EmbeddedPostgresDatabase.start(this.folder)) {
			execute(first, "create table kept (value text); insert into kept values ('from before')");
		}
		// as an earlier version left it: trust for everyone, no password file
		Files.writeString(this.folder.resolve("postgres").resolve("pg_hba.conf"),
				"host all all 127.0.0.1/32 trust\nhost all all ::1/128 trust\n");
		Files.delete(this.folder.resolve(EmbeddedPostgresDatabase.PASSWORD_FILE));

		try (EmbeddedPostgresDatabase upgraded = EmbeddedPostgresDatabase.start(this.folder)) {
			assertThat(query(upgraded, "select value from kept")).isEqualTo("from before");
			assertThatThrownBy(() -> DriverManager.getConnection(upgraded.jdbcUrl(), upgraded.username(), ""))
				.isInstanceOf(SQLException.class);
		}
		assertThat(this.folder.resolve(EmbeddedPostgresDatabase.PASSWORD_FILE)).exists();
	}

	@Test
	void theFailureAnalysisTellsThePersonWhatToDo() {
		var analysis = new DataFolderInUseFailureAnalyzer().analyze(new DataFolderInUseException(this.folder));
		assertThat(analysis.getDescription()).contains("already running").contains(this.folder.toString());
		assertThat(analysis.getAction()).contains("DHR_DATA_DIR");
	}

	private static void execute(EmbeddedPostgresDatabase database, String sql) throws Exception {
		try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(),
				database.password()); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private static String query(EmbeddedPostgresDatabase database, String sql) throws Exception {
		try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(),
				database.password());
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery(sql)) {
			rs.next();
			return rs.getString(1);
		}
	}

}
