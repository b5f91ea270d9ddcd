package org.dhrqa.tracker.shared.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Date;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class MessagesConfigurationTests {

	private static final Locale UK = Locale.UK;

	/** Numbers, a fraction, a large number, text, nothing, a date, and an object. */
	private static final Object[] KINDS = { 7, 12345L, 2.5, 1234567.891, "Kent & Medway", null,
			new Date(1_700_000_000_000L), LocalDate.of(2026, 11, 30) };

	/**
	 * Every message in messages.properties that takes arguments reads the same as
	 * {@link MessageFormat} writes it, for each kind of argument in each place (or fails
	 * the same way, as a choice given text does).
	 */
	@Test
	void everyMessageReadsAsMessageFormatWritesIt() throws IOException {
		Properties messages = new Properties();
		try (Reader in = new InputStreamReader(new ClassPathResource("messages.properties").getInputStream(),
				StandardCharsets.UTF_8)) {
			messages.load(in);
		}
		MessagesConfiguration.PlainArgumentsMessageSource source = new MessagesConfiguration.PlainArgumentsMessageSource();
		Pattern placeholder = Pattern.compile("\\{(\\d)");
		int compared = 0;
		for (String key : messages.stringPropertyNames()) {
			String text = messages.getProperty(key);
			Matcher m = placeholder.matcher(text);
			int arguments = 0;
			while (m.find()) {
				arguments = Math.max(arguments, Integer.parseInt(m.group(1)) + 1);
			}
			if (arguments == 0) {
				continue;
			}
			for (Object kind : KINDS) {
				Object[] args = new Object[arguments];
				java.util.Arrays.fill(args, kind);
				assertThat(outcome(() -> source.createMessageFormat(text, UK).format(args))).as(key + " with " + kind)
					.isEqualTo(outcome(() -> new MessageFormat(text, UK).format(args)));
				compared++;
			}
		}
		assertThat(compared).isGreaterThan(100);
	}

	@Test
	void aPlainArgumentKeepsItsFormatWhileChoicesAndNumbersKeepTheirs() {
		MessageFormat format = new MessagesConfiguration.PlainArgumentsMessageSource()
			.createMessageFormat("{0} of {1,number,integer} ({2,choice,0#none|1#one|1<many})", UK);

		assertThat(format.getFormats()[0]).isInstanceOf(MessagesConfiguration.PlainArgument.class);
		assertThat(format.getFormats()[1]).isNotInstanceOf(MessagesConfiguration.PlainArgument.class);
		assertThat(format.getFormats()[2]).isNotInstanceOf(MessagesConfiguration.PlainArgument.class);
		assertThat(format.format(new Object[] { 1234, 5678, 2 })).isEqualTo("1,234 of 5,678 (many)");
		assertThat(format.format(new Object[] { 9, 1, 1 })).isEqualTo("9 of 1 (one)");
	}

	@Test
	void keepsMessagesOfNumbersOnlyAndReadsThemTheSame() {
		MessagesConfiguration.PlainArgumentsMessageSource source = new MessagesConfiguration.PlainArgumentsMessageSource();
		source.setBasename("messages");
		source.setFallbackToSystemLocale(false);

		for (long days = 0; days < 3; days++) {
			String first = source.getMessage("plan.daysAgo", new Object[] { days }, UK);
			assertThat(source.getMessage("plan.daysAgo", new Object[] { days }, UK)).isEqualTo(first)
				.isEqualTo(new MessageFormat("{0,choice,0#Today|1#1 day ago|1<{0} days ago}", UK)
					.format(new Object[] { days }));
		}
		assertThat(source.getMessage("plan.daysAgo", new Object[] { 1234L }, UK)).isEqualTo("1,234 days ago");
		assertThat(source.memoSize()).isEqualTo(4);

		// text is formatted each time and never kept
		assertThat(source.getMessage("plan.recommendation.which", new Object[] { "12" }, UK))
			.isEqualTo(", recommendation 12");
		assertThat(source.memoSize()).isEqualTo(4);
	}

	@Test
	void theMemoStartsAgainWhenFull() {
		MessagesConfiguration.PlainArgumentsMessageSource source = new MessagesConfiguration.PlainArgumentsMessageSource();
		source.setBasename("messages");
		for (int i = 0; i < MessagesConfiguration.PlainArgumentsMessageSource.MEMO_SIZE; i++) {
			source.getMessage("plan.daysAgo", new Object[] { i }, UK);
		}
		assertThat(source.memoSize()).isEqualTo(MessagesConfiguration.PlainArgumentsMessageSource.MEMO_SIZE);
		assertThat(source.getMessage("plan.daysAgo", new Object[] { -5 }, UK)).isEqualTo("Today");
		assertThat(source.memoSize()).isEqualTo(1);
	}

	@Test
	void aBundleThatReloadsIsNeverKept() {
		MessagesConfiguration.PlainArgumentsMessageSource source = new MessagesConfiguration.PlainArgumentsMessageSource();
		source.setBasename("messages");
		source.setCacheMillis(60_000);
		assertThat(source.getMessage("plan.daysAgo", new Object[] { 2L }, UK)).isEqualTo("2 days ago");
		assertThat(source.memoSize()).isZero();
	}

	@Test
	void takesItsSettingsFromSpringMessages() {
		ApplicationContextRunner runner = new ApplicationContextRunner()
			.withUserConfiguration(MessagesConfiguration.class, Settings.class)
			.withPropertyValues("spring.messages.basename=messages", "spring.messages.fallback-to-system-locale=false");
		runner.run((context) -> {
			MessageSource messages = context.getBean(MessageSource.class);
			assertThat(messages).isInstanceOf(MessagesConfiguration.PlainArgumentsMessageSource.class);
			assertThat(messages.getMessage("register.count", new Object[] { 5000L }, UK)).contains("5,000");
			assertThatExceptionOfType(NoSuchMessageException.class)
				.isThrownBy(() -> messages.getMessage("no.such.message", null, UK));
		});
		runner
			.withPropertyValues("spring.messages.use-code-as-default-message=true",
					"spring.messages.basename=no-such-bundle, messages")
			.run((context) -> {
				MessageSource messages = context.getBean(MessageSource.class);
				assertThat(messages.getMessage("no.such.message", null, UK)).isEqualTo("no.such.message");
				assertThat(messages.getMessage("register.count", new Object[] { 1L }, UK)).isEqualTo("1 review");
			});
	}

	private static String outcome(java.util.function.Supplier<String> formatting) {
		try {
			return formatting.get();
		}
		catch (RuntimeException ex) {
			return ex.getClass().getName();
		}
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties
	static class Settings {

	}

}
