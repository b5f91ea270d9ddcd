package org.dhrqa.tracker.shared.web;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

class SelectOptionsTests {

	private final SelectOptions options = new SelectOptions();

	@Test
	void marksTheCurrentValueSelectedComparedAsText() {
		Document html = parse(this.options.html(List.of(new Option("1", "Kent"), new Option("12", "Leeds")), 12L));

		assertThat(html.select("option").eachAttr("value")).containsExactly("1", "12");
		assertThat(html.select("option[selected]").eachText()).containsExactly("Leeds");
	}

	@Test
	void selectsNothingWithoutACurrentValue() {
		String html = this.options.html(List.of(new Option("A", "a")), null);

		assertThat(html).isEqualTo("<option value=\"A\">a</option>");
	}

	@Test
	void escapesValuesAndLabelsAsTheTemplateWould() {
		String html = this.options.html(List.of(new Option("\"><script>x</script>", "Brighton & Hove <CSP>")), null);

		assertThat(html).doesNotContain("<script>").doesNotContain("<CSP>");
		Document parsed = parse(html);
		assertThat(parsed.select("option").attr("value")).isEqualTo("\"><script>x</script>");
		assertThat(parsed.select("option").text()).isEqualTo("Brighton & Hove <CSP>");
	}

	@Test
	void escapesTheFiveCharactersAsSpringsEscaperDoesAndLeavesTheRestAlone() {
		String text = "O'Neill & \"Sons\" <Ynys Môn> — Caerdydd ✓";
		StringBuilder escaped = new StringBuilder();

		SelectOptions.escape(text, escaped);

		assertThat(escaped).hasToString(HtmlUtils.htmlEscape(text, "UTF-8"))
			.hasToString("O&#39;Neill &amp; &quot;Sons&quot; &lt;Ynys Môn&gt; — Caerdydd ✓");
	}

	private static Document parse(String options) {
		return Jsoup.parse("<select>" + options + "</select>");
	}

}
