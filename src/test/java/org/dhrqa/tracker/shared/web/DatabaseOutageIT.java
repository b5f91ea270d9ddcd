package org.dhrqa.tracker.shared.web;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.dhrqa.tracker.DhrQaTrackerApplication;
import org.dhrqa.tracker.shared.database.EmbeddedPostgresDatabase;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The database goes away under a running service and comes back: pages say "Sorry, the
 * service is unavailable" (503) within 5 seconds, health says DOWN, and once PostgreSQL
 * is back on its port the service serves again without a restart. The service runs on a
 * PostgreSQL of this test's own, so that stopping it harms no other test.
 */
class DatabaseOutageIT {

	@TempDir
	Path folder;

	@Test
	void answers503WithinFiveSecondsAndRecoversByItselfWhenTheDatabaseReturns() throws Exception {
		EmbeddedPostgresDatabase database = EmbeddedPostgresDatabase.start(this.folder,
				EmbeddedPostgresDatabase.Durability.FAST_FOR_TESTS);
		int databasePort = database.port();
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(DhrQaTrackerApplication.class)
			// arguments, which win over application.properties
			.run("--server.port=0", "--spring.datasource.url=" + database.jdbcUrl(),
					"--spring.datasource.username=" + database.username(),
					"--spring.datasource.password=" + database.password(), "--dhr.demo-data=true")) {
			int port = ((WebServerApplicationContext) app).getWebServer().getPort();
			HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
			signIn(client, port);
			assertThat(get(client, port, "/").statusCode()).isEqualTo(200);
			assertThat(get(client, port, "/actuator/health").body()).contains("UP");

			database.close();

			long start = System.nanoTime();
			HttpResponse<String> page = get(client, port, "/");
			long millis = (System.nanoTime() - start) / 1_000_000;
			assertThat(page.statusCode()).isEqualTo(503);
			assertThat(page.body()).contains("Sorry, the service is unavailable").contains("govuk-template");
			assertThat(millis).as("milliseconds to the 503 page").isLessThan(5_000);

			start = System.nanoTime();
			// as a monitor asks: no session cookie (a signed-in browser gets the 503 too,
			// from
			// the session store)
			HttpResponse<String> health = get(HttpClient.newHttpClient(), port, "/actuator/health");
			millis = (System.nanoTime() - start) / 1_000_000;
			assertThat(health.statusCode()).isEqualTo(503);
			assertThat(health.body()).contains("DOWN");
			assertThat(millis).as("milliseconds to health DOWN").isLessThan(5_000);

			database = EmbeddedPostgresDatabase.start(this.folder, EmbeddedPostgresDatabase.Durability.FAST_FOR_TESTS,
					databasePort);
			await().atMost(Duration.ofSeconds(30))
				.pollInterval(Duration.ofMillis(500))
				.until(() -> get(client, port, "/").statusCode() == 200);
			assertThat(get(client, port, "/actuator/health").body()).contains("UP");
		}
		finally {
			database.close();
		}
	}

	private static HttpResponse<String> get(HttpClient client, int port, String path) throws Exception {
		// as a browser asks for a page
		return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", path.startsWith("/actuator") ? "application/json" : "text/html")
			.timeout(Duration.ofSeconds(30))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static void signIn(HttpClient client, int port) throws Exception {
		String login = get(client, port, "/login").body();
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
		assertThat(csrf.find()).as("a CSRF token on the sign-in page").isTrue();
		String form = "username=kent%40example.org&password=demo-password&_csrf="
				+ URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		HttpResponse<Void> signedIn = client
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.discarding());
		assertThat(signedIn.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).doesNotContain("error"));
	}

}
