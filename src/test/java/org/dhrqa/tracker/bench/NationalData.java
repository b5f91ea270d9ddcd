package org.dhrqa.tracker.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.flywaydb.core.Flyway;

import org.springframework.security.crypto.bcrypt.BCrypt;

/**
 * Fills an empty PostgreSQL database with national-scale data: 300 CSPs, 5,000 reviews in
 * every stage, their letters, feedback items with their timelines, action plans with
 * dated updates, 2,000 accounts, notifications and change history. Not a test: run it
 * with {@code bench/national-data.sh} (see bench/README.md).
 * <p>
 * The schema comes from the project's own Flyway migrations; the rows from set-based SQL
 * in {@code src/test/resources/bench/national}. Every random choice is a hash of the seed
 * and the row's key, so the same seed gives the same data on any run.
 */
public final class NationalData {

	/** The password of every generated account, printed for the benchmark. */
	public static final String PASSWORD = "national-bench";

	static final List<String> SCRIPTS = List.of("00-functions.sql", "01-plan-reviews.sql", "02-people.sql",
			"03-reviews.sql", "04-letters.sql", "05-items.sql", "06-item-events.sql", "07-action-plans.sql",
			"08-publication.sql", "09-finish.sql");

	static final List<String> COUNTED = List.of("csp", "app_user", "review", "review_stage_change", "panel_meeting",
			"panel_letter", "feedback_item", "feedback_item_event", "report_version", "action_plan", "recommendation",
			"plan_action", "implementation_update", "publication_confirmation", "publication_pack", "notification",
			"outbound_email", "change_history");

	private static final Pattern DATABASE_IN_URL = Pattern.compile("(jdbc:postgresql://[^/]+/)([^?]+)(.*)");

	private static final ZoneId UK = ZoneId.of("Europe/London");

	private final Options options;

	private NationalData(Options options) {
		this.options = options;
	}

	public static void main(String[] args) throws Exception {
		Options options;
		try {
			options = Options.parse(args);
		}
		catch (IllegalArgumentException ex) {
			System.err.println(ex.getMessage());
			System.err.println(Options.USAGE);
			System.exit(2);
			return;
		}
		new NationalData(options).run();
	}

	private void run() throws Exception {
		long start = System.nanoTime();
		ensureDatabase();
		try (Connection connection = DriverManager.getConnection(this.options.url(), this.options.user(),
				this.options.password())) {
			String database = connection.getCatalog();
			String lower = database.toLowerCase(Locale.ROOT);
			if (!this.options.force() && !lower.contains("national") && !lower.contains("bench")) {
				throw new IllegalStateException("Refusing to wipe database '" + database
						+ "': the generator only fills databases whose name contains 'national' or 'bench' "
						+ "(or pass --force)");
			}
			step("Schema (Flyway clean + migrate) of " + database, this::migrate);
			connection.setAutoCommit(true);
			prepare(connection);
			for (String script : SCRIPTS) {
				String sql = resource("/bench/national/" + script);
				step(script, () -> execute(connection, sql));
			}
			step("drop the plan tables", () -> execute(connection, "drop schema natgen cascade"));
			step("vacuum analyze", () -> execute(connection, "vacuum analyze"));
			printSummary(connection);
		}
		System.out.printf(Locale.ROOT, "National data ready in %.1f s (seed %d, as of %s)%n",
				(System.nanoTime() - start) / 1e9, this.options.seed(), this.options.asOf());
	}

	/** Creates the database when the server answers but does not have it yet. */
	private void ensureDatabase() throws SQLException {
		try (Connection connection = DriverManager.getConnection(this.options.url(), this.options.user(),
				this.options.password())) {
			return;
		}
		catch (SQLException ex) {
			if (!"3D000".equals(ex.getSQLState())) {
				throw ex;
			}
		}
		Matcher url = DATABASE_IN_URL.matcher(this.options.url());
		if (!url.matches() || !url.group(2).matches("[A-Za-z0-9_]+")) {
			throw new IllegalStateException("Create the database first: cannot read its name from the URL");
		}
		try (Connection server = DriverManager.getConnection(url.group(1) + "postgres" + url.group(3),
				this.options.user(), this.options.password())) {
			execute(server, "create database " + url.group(2));
			System.out.println("Created database " + url.group(2));
		}
	}

	private void migrate() {
		Flyway flyway = Flyway.configure()
			.dataSource(this.options.url(), this.options.user(), this.options.password())
			.locations("classpath:db/migration")
			.cleanDisabled(false)
			.load();
		flyway.clean();
		flyway.migrate();
	}

	/**
	 * The generator's own schema: settings, the seeded random function, and the three
	 * shared PDFs (report, letter, pack) that many rows point at.
	 */
	private void prepare(Connection connection) throws Exception {
		step("seed functions and shared files", () -> {
			execute(connection, "drop schema if exists natgen cascade");
			execute(connection, "create schema natgen");
			execute(connection, "create table natgen.settings (password_hash text not null)");
			try (PreparedStatement insert = connection
				.prepareStatement("insert into natgen.settings (password_hash) values (?)")) {
				insert.setString(1, passwordHash(this.options.seed()));
				insert.executeUpdate();
			}
			// literals are numbers and an ISO date checked by Options, so they are safe
			// to write into the function bodies, which keeps the functions inlinable
			execute(connection,
					"create function natgen.rnd(k bigint, salt int) returns float8 language sql "
							+ "immutable parallel safe as $$ select (hashint8extended(k, " + this.options.seed()
							+ "::bigint * 1000003 + salt) & 2147483647)::float8 / 2147483648.0 $$");
			execute(connection, "create function natgen.as_of() returns date language sql immutable parallel safe "
					+ "as $$ select date '" + this.options.asOf() + "' $$");
			execute(connection, "create function natgen.reviews() returns int language sql immutable parallel safe "
					+ "as $$ select " + this.options.reviews() + " $$");
			storeFile(connection, 1, "national-bench-report.pdf", pdf("Overview report", 3));
			storeFile(connection, 2, "national-bench-letter.pdf", pdf("QA Panel letter", 2));
			storeFile(connection, 3, "national-bench-pack.pdf", pdf("Publication pack", 8));
		});
	}

	/**
	 * A small PDF whose bytes depend only on its text: PDFBox would otherwise put a
	 * time-based id in the trailer.
	 */
	private byte[] pdf(String title, int pages) throws IOException {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
			for (int i = 1; i <= pages; i++) {
				PDPage page = new PDPage(PDRectangle.A4);
				document.addPage(page);
				try (PDPageContentStream text = new PDPageContentStream(document, page)) {
					text.beginText();
					text.setFont(font, 12);
					text.newLineAtOffset(72, 770);
					text.showText(title + " (national benchmark data), page " + i + " of " + pages);
					text.endText();
				}
			}
			document.setDocumentId(this.options.seed());
			document.save(out);
			return out.toByteArray();
		}
	}

	/**
	 * BCrypt with a salt drawn from the seed, behind the {@code {bcrypt}} prefix the
	 * app's DelegatingPasswordEncoder reads: the same seed gives the same hash.
	 */
	static String passwordHash(long seed) throws NoSuchAlgorithmException {
		SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
		random.setSeed(seed);
		return "{bcrypt}" + BCrypt.hashpw(PASSWORD, BCrypt.gensalt(10, random));
	}

	private void storeFile(Connection connection, long id, String filename, byte[] content)
			throws SQLException, NoSuchAlgorithmException {
		String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		try (PreparedStatement file = connection
			.prepareStatement("insert into stored_file (id, filename, content_type, "
					+ "size_bytes, sha256, created_at) values (?, ?, 'application/pdf', ?, ?, ?)")) {
			file.setLong(1, id);
			file.setString(2, filename);
			file.setLong(3, content.length);
			file.setString(4, sha256);
			file.setTimestamp(5,
					Timestamp.from(this.options.asOf().minusDays(4000).atTime(10, 0).atZone(UK).toInstant()));
			file.executeUpdate();
		}
		try (PreparedStatement chunk = connection
			.prepareStatement("insert into stored_file_chunk (file_id, chunk_no, data) values (?, 0, ?)")) {
			chunk.setLong(1, id);
			chunk.setBytes(2, content);
			chunk.executeUpdate();
		}
	}

	private void printSummary(Connection connection) throws SQLException {
		System.out.println();
		try (Statement statement = connection.createStatement()) {
			for (String table : COUNTED) {
				try (ResultSet rows = statement.executeQuery("select count(*) from " + table)) {
					rows.next();
					System.out.printf(Locale.ROOT, "  %-26s %,9d%n", table, rows.getLong(1));
				}
			}
			try (ResultSet big = statement.executeQuery("select r.id, r.reference, r.stage, "
					+ "(select count(*) from feedback_item i where i.review_id = r.id and i.status not in "
					+ "('DRAFT', 'WITHDRAWN')), (select count(*) from plan_action a join recommendation c on "
					+ "c.id = a.recommendation_id join action_plan p on p.id = c.action_plan_id where p.review_id = r.id) "
					+ "from review r where r.reference in ('BENCH-BIG', 'BENCH-SMALL') order by r.id")) {
				System.out.println();
				while (big.next()) {
					System.out.printf(Locale.ROOT, "  review %d %s (%s): %d live feedback items, %d actions%n",
							big.getLong(1), big.getString(2), big.getString(3), big.getLong(4), big.getLong(5));
				}
			}
		}
		System.out.println();
		System.out.println("  Sign in as bench-staff@example.org (CSP staff, CSP 1), bench-csp-manager@example.org, "
				+ "bench-secretariat@example.org, bench-manager@example.org or bench-admin@example.org");
		System.out.println("  Every account's password: " + PASSWORD);
	}

	private static void execute(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private static String resource(String path) throws IOException {
		try (InputStream in = NationalData.class.getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("Missing " + path);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static void step(String name, Work work) throws Exception {
		long start = System.nanoTime();
		work.run();
		System.out.printf(Locale.ROOT, "%-40s %6.1f s%n", name, (System.nanoTime() - start) / 1e9);
	}

	@FunctionalInterface
	private interface Work {

		void run() throws Exception;

	}

	/** What the command line asks for; literals that end up in SQL are checked here. */
	record Options(String url, String user, String password, long seed, LocalDate asOf, int reviews, boolean force) {

		static final String USAGE = "Usage: NationalData <jdbc-url> [--user U] [--password P] [--seed N] "
				+ "[--as-of YYYY-MM-DD] [--reviews N] [--force]";

		static Options parse(String[] args) {
			if (args.length == 0 || !args[0].startsWith("jdbc:postgresql:")) {
				throw new IllegalArgumentException("The first argument is the JDBC URL of the database to fill");
			}
			String user = System.getenv().getOrDefault("PGUSER", "postgres");
			String password = System.getenv().getOrDefault("PGPASSWORD", "");
			long seed = 42;
			LocalDate asOf = LocalDate.of(2026, 11, 25);
			int reviews = 5000;
			boolean force = false;
			for (int i = 1; i < args.length; i++) {
				switch (args[i]) {
					case "--user" -> user = value(args, ++i);
					case "--password" -> password = value(args, ++i);
					case "--seed" -> seed = Long.parseLong(value(args, ++i));
					case "--as-of" -> asOf = LocalDate.parse(value(args, ++i));
					case "--reviews" -> reviews = Integer.parseInt(value(args, ++i));
					case "--force" -> force = true;
					default -> throw new IllegalArgumentException("Unknown option " + args[i]);
				}
			}
			if (reviews < 2) {
				throw new IllegalArgumentException(
						"--reviews must be at least 2 (the benchmark's big and small review)");
			}
			return new Options(args[0], user, password, seed, asOf, reviews, force);
		}

		private static String value(String[] args, int index) {
			if (index >= args.length) {
				throw new IllegalArgumentException(args[index - 1] + " needs a value");
			}
			return args[index];
		}

	}

}
