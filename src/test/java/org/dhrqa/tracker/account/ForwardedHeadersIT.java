package org.dhrqa.tracker.account;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.dhrqa.tracker.support.TestDatabaseInitializer;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind the TLS proxy the README recommends, the proxy speaks plain HTTP to the app and
 * says {@code X-Forwarded-Proto: https}. Tomcat's RemoteIpValve
 * ({@code server.forward-headers-strategy=native}) believes it from a proxy on a private
 * or loopback address, as the test client is: the session cookie is then Secure and HSTS
 * is sent. A real server on a random port (the valve is Tomcat's, not a filter MockMvc
 * would run), with the same context as the browser tests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class ForwardedHeadersIT {

	@LocalServerPort
	int port;

	private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void behindATlsProxyTheSessionCookieIsSecureAndHstsIsSent() throws Exception {
		HttpResponse<String> response = signInPage("https");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(sessionCookie(response)).contains("Secure").contains("HttpOnly").contains("SameSite=Lax");
		assertThat(response.headers().firstValue("Strict-Transport-Security"))
			.hasValueSatisfying((hsts) -> assertThat(hsts).contains("max-age=31536000"));
	}

	@Test
	void plainHttpWithoutTheProxyGetsNeitherSoTheHeaderIsWhatMakesTheDifference() throws Exception {
		HttpResponse<String> response = signInPage(null);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(sessionCookie(response)).doesNotContain("Secure").contains("HttpOnly");
		assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
	}

	@Test
	void aRedirectBehindTheProxyStaysOnHttps() throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/reviews"))
			.header("X-Forwarded-Proto", "https")
			.header("X-Forwarded-Host", "dhr.example.gov.uk")
			.GET()
			.build();
		HttpResponse<String> response = this.client.send(request, HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).hasValue("https://dhr.example.gov.uk/login");
	}

	private HttpResponse<String> signInPage(String forwardedProto) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/login"))
			.GET();
		if (forwardedProto != null) {
			request.header("X-Forwarded-Proto", forwardedProto);
		}
		return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String sessionCookie(HttpResponse<String> response) {
		List<String> cookies = response.headers().allValues("Set-Cookie");
		return cookies.stream()
			.filter((cookie) -> cookie.startsWith("SESSION="))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No session cookie in " + cookies));
	}

}
