package org.dhrqa.tracker.letterimport;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import org.dhrqa.tracker.support.TestDatabaseInitializer;
import org.dhrqa.tracker.support.TestPdfs;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 25 MB upload over real HTTP, through the server's own request handling: it reaches
 * the service and gets its answer (a 413 with a JSON message from the API, the form again
 * from the page), not a server error or a dropped connection.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class LetterUploadLimitIT {

	private static final String BOUNDARY = "----dhr-test-boundary";

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void theApiAnswersA25MegabyteFileWithA413AndAMessage() throws Exception {
		HttpResponse<String> response = this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/letters/parse"))
				.header("Authorization", basic("kent@example.org", "demo-password"))
				.header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
				.POST(HttpRequest.BodyPublishers.ofByteArray(multipart("file", "big.pdf", TestPdfs.large(25))))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).contains("\"message\":\"The file must be smaller than 20 MB\"");
	}

	@Test
	void theApiAnswersA25MegabyteTextBodyWithA413() throws Exception {
		HttpResponse<String> response = this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/letters/parse"))
				.header("Authorization", basic("secretariat@example.org", "demo-password"))
				.header("Content-Type", "text/plain; charset=UTF-8")
				.POST(HttpRequest.BodyPublishers.ofByteArray(new byte[25 * 1024 * 1024]))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("smaller than 20 MB");
	}

	@Test
	void theUploadPageSendsA25MegabyteFileBackToItsFormWithAnError() throws Exception {
		HttpResponse<String> response = this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/letter-imports/upload"))
				.header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
				.POST(HttpRequest.BodyPublishers.ofByteArray(multipart("file", "big.pdf", TestPdfs.large(25))))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(303);
		assertThat(response.headers().firstValue("Location")).hasValue("/letter-imports/new?tooLarge=true");
	}

	@Test
	void aFileUnderTheLimitIsReadOverRealHttp() throws Exception {
		HttpResponse<String> response = this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/letters/parse"))
				.header("Authorization", basic("kent@example.org", "demo-password"))
				.header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
				.POST(HttpRequest.BodyPublishers
					.ofByteArray(multipart("file", "salome.pdf", LetterFixtures.pdf(SeedLetterTests.seed()))))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"sectionRef\":\"16.2.7\"");
	}

	private static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	private static byte[] multipart(String field, String filename, byte[] content) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		String head = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
				+ filename + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
		out.writeBytes(head.getBytes(StandardCharsets.US_ASCII));
		out.writeBytes(content);
		out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
		return out.toByteArray();
	}

}
