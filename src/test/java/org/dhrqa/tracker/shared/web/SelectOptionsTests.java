package org.dhrqa.tracker.shared.web;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.support.DefaultConversionService;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.StandardEvaluationContext;
import org.springframework.expression.spel.support.StandardTypeConverter;
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

	/**
	 * The template calls {@code html} through SpEL, as Thymeleaf does: the call converts
	 * the list as one argument, not each of its options.
	 */
	@Test
	void aTemplateCallDoesNotConvertEachOption() {
		int[] conversions = { 0 };
		DefaultConversionService counting = new DefaultConversionService() {
			@Override
			public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
				conversions[0]++;
				return super.convert(source, sourceType, targetType);
			}
		};
		StandardEvaluationContext context = new StandardEvaluationContext(this.options);
		context.setTypeConverter(new StandardTypeConverter(counting));
		List<Option> csps = java.util.stream.IntStream.rangeClosed(1, 300)
			.mapToObj((i) -> new Option(String.valueOf(i), "CSP " + i))
			.toList();
		context.setVariable("options", csps);

		String html = new SpelExpressionParser().parseExpression("html(#options, '7')").getValue(context, String.class);

		assertThat(parse(html).select("option")).hasSize(300);
		assertThat(conversions[0]).as("conversions for 300 options").isLessThan(10);
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

	@Test
	void escapesCharactersAtEitherEndAndSideBySide() {
		for (String text : List.of("", "&", "<>", "&Kent", "Kent&", "\"'&<>\"", "a&&b", "plain text only")) {
			StringBuilder escaped = new StringBuilder("x");

			SelectOptions.escape(text, escaped);

			assertThat(escaped).as(text).hasToString("x" + HtmlUtils.htmlEscape(text, "UTF-8"));
		}
	}

	private static Document parse(String options) {
		return Jsoup.parse("<select>" + options + "</select>");
	}

}
