package org.dhrqa.tracker.shared.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves GOV.UK Frontend's stylesheet from its webjar without the GDS Transport typeface,
 * which only services on GOV.UK may use. The rest of the webjar is served as plain static
 * resources by {@link WebConfiguration} under fixed, versioned paths (no resource chain,
 * no locator).
 */
@RestController
class GovukFrontendAssets {

	private final byte[] stylesheet;

	GovukFrontendAssets(@Value("${dhr.govuk-frontend-version}") String version) throws IOException {
		ClassPathResource css = new ClassPathResource(
				"META-INF/resources/webjars/govuk-frontend/" + version + "/dist/govuk/govuk-frontend.min.css");
		try (InputStream in = css.getInputStream()) {
			this.stylesheet = withoutGdsTransport(new String(in.readAllBytes(), StandardCharsets.UTF_8))
				.getBytes(StandardCharsets.UTF_8);
		}
	}

	static String withoutGdsTransport(String css) {
		return css.replaceAll("@font-face\\{font-family:GDS Transport;[^}]*}", "")
			.replace("font-family:GDS Transport,arial,sans-serif", "font-family:arial,sans-serif")
			.replaceAll("/\\*# sourceMappingURL=[^*]*\\*/", "");
	}

	@GetMapping(path = "/govuk/govuk-frontend.min.css", produces = "text/css")
	ResponseEntity<byte[]> stylesheet() {
		return ResponseEntity.ok()
			.cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
			.contentType(MediaType.valueOf("text/css;charset=UTF-8"))
			.body(this.stylesheet);
	}

}
