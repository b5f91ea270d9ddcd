package org.dhrqa.tracker.shared.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * We are not on GOV.UK, so the stylesheet must not load or ask for the GDS Transport
 * typeface.
 */
class GovukFrontendAssetsTests {

	@Test
	void servesTheWebjarStylesheetWithoutGdsTransport() throws Exception {
		String css = new String(new GovukFrontendAssets("5.14.0").stylesheet().getBody(),
				java.nio.charset.StandardCharsets.UTF_8);

		assertThat(css).contains(".govuk-body").doesNotContain("GDS Transport").doesNotContain("/assets/fonts/");
		assertThat(css).contains("font-family:arial,sans-serif");
	}

}
