package org.dhrqa.tracker.support;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads rendered pages with Jsoup, with assertions that know the GOV.UK patterns. */
public final class Pages {

	private Pages() {
	}

	public static Document parse(MvcResult result) throws Exception {
		return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	public static String h1(Document page) {
		Element h1 = page.selectFirst("h1");
		return (h1 != null) ? h1.text() : "";
	}

	/**
	 * The page shows the error summary, its title says "Error:", and each message is in
	 * the summary.
	 */
	public static void assertErrors(Document page, String... messages) {
		assertThat(page.title()).startsWith("Error: ");
		Element summary = page.selectFirst(".govuk-error-summary");
		assertThat(summary).as("error summary").isNotNull();
		assertThat(summary.text()).contains("There is a problem");
		for (String message : messages) {
			assertThat(summary.select("a").eachText()).as("error summary links").contains(message);
		}
	}

	/**
	 * The inline error of a field is shown, and the field points at it with
	 * aria-describedby.
	 */
	public static void assertInlineError(Document page, String fieldId, String message) {
		Element error = page.getElementById(fieldId + "-error");
		assertThat(error).as("inline error of " + fieldId).isNotNull();
		assertThat(error.text()).contains(message);
		Element field = page.getElementById(fieldId);
		assertThat(field).as("field " + fieldId).isNotNull();
		Element described = field.hasAttr("aria-describedby") ? field : field.closest("fieldset");
		assertThat(described).isNotNull();
		assertThat(described.attr("aria-describedby")).contains(fieldId + "-error");
	}

	public static String valueOf(Document page, String fieldId) {
		Element field = page.getElementById(fieldId);
		assertThat(field).as("field " + fieldId).isNotNull();
		if (field.tagName().equals("textarea")) {
			return field.text();
		}
		if (field.tagName().equals("select")) {
			Element selected = field.selectFirst("option[selected]");
			return (selected != null) ? selected.val() : "";
		}
		return field.val();
	}

}
