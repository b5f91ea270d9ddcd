package org.dhrqa.tracker.report;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dhrqa.tracker.DhrQaTrackerApplication;
import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.support.TestDatabase;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Prints how long reading a 300-page report takes and how much heap it peaks at, then how
 * long the comparison page of two 300-page versions takes to build and render in the
 * running application (over HTTP, as a browser asks for it). Not a test: run it by hand
 * (see README) and compare the figures.
 */
public final class ReportTextBenchmark {

	private ReportTextBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int pages = (args.length > 0) ? Integer.parseInt(args[0]) : 300;
		Path work = Files.createTempDirectory("report-text-benchmark-");
		Path v1 = Files.write(work.resolve("v1.pdf"),
				ReportPdfFixture.write(LongReports.of(pages, false), LongReports.ROWS_PER_PAGE).pdf());
		Path v2 = Files.write(work.resolve("v2.pdf"),
				ReportPdfFixture.write(LongReports.of(pages, true), LongReports.ROWS_PER_PAGE).pdf());

		extraction(
				Files.write(work.resolve("warm-up.pdf"), ReportPdfFixture.write(SalomeReports.version1(), 24).pdf()));
		System.gc();
		resetPeaks();
		long heapBefore = usedHeap();
		long start = System.nanoTime();
		int[] counts = extraction(v1);
		long millis = (System.nanoTime() - start) / 1_000_000;
		System.out.printf("report of %d pages (%.1f MB): %d paragraphs%n", counts[0], Files.size(v1) / 1048576.0,
				counts[1]);
		System.out.printf("extraction took %d ms; heap used before %.1f MB, peak during %.1f MB%n", millis,
				heapBefore / 1048576.0, peakHeap() / 1048576.0);

		comparisonPage(v1, v2);
		System.exit(0);
	}

	private static int[] extraction(Path pdf) throws Exception {
		List<List<String>> text = PdfPages.read(pdf, (done, total) -> {
		});
		return new int[] { text.size(), ParagraphSplitter.split(text).size() };
	}

	/**
	 * The application on the test database with its demo data: both versions uploaded to
	 * the Salome review and read by the background worker, then the comparison page asked
	 * for as kent@example.org, several times.
	 */
	private static void comparisonPage(Path v1, Path v2) throws Exception {
		TestDatabase database = TestDatabase.get();
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(DhrQaTrackerApplication.class).run(
				"--spring.datasource.url=" + database.jdbcUrl(), "--spring.datasource.username=" + database.username(),
				"--spring.datasource.password=" + database.password(), "--dhr.demo-data=true", "--server.port=0",
				"--logging.level.root=WARN")) {
			ReportVersions versions = app.getBean(ReportVersions.class);
			JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
			SignedInUser jo = (SignedInUser) app.getBean(UserDetailsService.class)
				.loadUserByUsername("kent@example.org");
			Long salome = jdbc.queryForObject("select id from review where reference = 'KM-DHR-2021-03'", Long.class);
			long start = System.nanoTime();
			Long first = versions.upload(salome, v1, "long v1.pdf", false, null, jo).id();
			Long second = versions.upload(salome, v2, "long v2.pdf", false, null, jo).id();
			while (jdbc.queryForObject("select count(*) from report_text where version_id in (?, ?) and status in "
					+ "('PENDING', 'RUNNING')", Integer.class, first, second) > 0) {
				Thread.sleep(200);
			}
			System.out.printf("both versions uploaded and read in the background in %d ms%n",
					(System.nanoTime() - start) / 1_000_000);

			int port = ((WebServerApplicationContext) app).getWebServer().getPort();
			HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
			signIn(client, port);
			URI compare = URI.create("http://localhost:" + port + "/reviews/" + salome + "/reports/compare?from="
					+ first + "&to=" + second);
			long[] times = new long[7];
			String html = "";
			for (int i = 0; i < times.length; i++) {
				long t = System.nanoTime();
				HttpResponse<String> page = client.send(HttpRequest.newBuilder(compare).build(),
						HttpResponse.BodyHandlers.ofString());
				times[i] = (System.nanoTime() - t) / 1_000_000;
				html = page.body();
			}
			Arrays.sort(times);
			Matcher summary = Pattern.compile("app-compare-summary\">([^<]*)<").matcher(html);
			System.out.printf("comparison page: %s%n", summary.find() ? summary.group(1) : "(no summary)");
			System.out.printf(
					"comparison page took %d ms (median of %d; fastest %d ms, slowest %d ms), %.0f KB of HTML%n",
					times[times.length / 2], times.length, times[0], times[times.length - 1], html.length() / 1024.0);
		}
	}

	private static void signIn(HttpClient client, int port) throws Exception {
		String login = client
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
		if (!csrf.find()) {
			throw new IllegalStateException("No CSRF token on the sign-in page");
		}
		String form = "username=kent%40example.org&password=demo-password&_csrf="
				+ URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.discarding());
	}

	private static void resetPeaks() {
		ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
	}

	private static long peakHeap() {
		return ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter((pool) -> pool.getType() == MemoryType.HEAP)
			.mapToLong((pool) -> pool.getPeakUsage().getUsed())
			.sum();
	}

	private static long usedHeap() {
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

}
