package org.dhrqa.tracker.shared.web;

import java.text.DateFormat;
import java.text.FieldPosition;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.autoconfigure.context.MessageSourceProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The service's copy (messages.properties), configured from {@code spring.messages.*} as
 * Spring Boot would, with one difference: a plain {@code {0}} keeps the number format it
 * needs instead of building a new one each time. {@link MessageFormat} creates a
 * {@code NumberFormat} (locale lookups, symbols, pattern parsing) for every number it
 * puts in a plain argument, on every call; an item list numbers each of its 25 rows that
 * way, which made it 2.6 % of the list's CPU.
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

	/** Bound to {@code spring.messages.*} by the class's own annotation. */
	@Bean
	MessageSourceProperties messageSourceProperties() {
		return new MessageSourceProperties();
	}

	@Bean(AbstractApplicationContext.MESSAGE_SOURCE_BEAN_NAME)
	MessageSource messageSource(MessageSourceProperties properties) {
		if (properties.getCommonMessages() != null && !properties.getCommonMessages().isEmpty()) {
			throw new IllegalStateException("spring.messages.common-messages is not supported here");
		}
		PlainArgumentsMessageSource source = new PlainArgumentsMessageSource();
		source.setBasenames(properties.getBasename().stream().map(String::strip).toArray(String[]::new));
		if (properties.getEncoding() != null) {
			source.setDefaultEncoding(properties.getEncoding().name());
		}
		source.setFallbackToSystemLocale(properties.isFallbackToSystemLocale());
		Duration cacheDuration = properties.getCacheDuration();
		if (cacheDuration != null) {
			source.setCacheMillis(cacheDuration.toMillis());
		}
		source.setAlwaysUseMessageFormat(properties.isAlwaysUseMessageFormat());
		source.setUseCodeAsDefaultMessage(properties.isUseCodeAsDefaultMessage());
		return source;
	}

	/**
	 * Gives each plain argument of a message (no {@code ,number} or {@code ,choice}) a
	 * {@link PlainArgument} once, when the message's format is built and cached. Spring
	 * formats a cached message under a lock on its format, so the argument's own number
	 * and date formats are never used by two threads at once.
	 */
	static final class PlainArgumentsMessageSource extends ResourceBundleMessageSource {

		/**
		 * At most this many formatted messages are kept; the memo starts again when full.
		 */
		static final int MEMO_SIZE = 10_000;

		private final Map<Formatted, String> memo = new ConcurrentHashMap<>();

		/**
		 * A message whose arguments are all numbers, as formatted before: the same code,
		 * locale and numbers always read the same while the bundle is not reloaded. A
		 * plan's "3 days ago" on each of its sixty rows went through a choice format and
		 * a nested {@link MessageFormat} built afresh each time, under the cached
		 * format's lock (6 % of the big plan page's CPU). Only numbers: text arguments
		 * (names, pseudonyms) are never kept.
		 */
		@Override
		protected String getMessageInternal(String code, Object[] args, Locale locale) {
			if (code == null || args == null || args.length == 0 || locale == null || getCacheMillis() >= 0
					|| !allNumbers(args)) {
				return super.getMessageInternal(code, args, locale);
			}
			Formatted key = new Formatted(code, locale, List.of(args));
			String message = this.memo.get(key);
			if (message == null) {
				message = super.getMessageInternal(code, args, locale);
				if (message != null) {
					if (this.memo.size() >= MEMO_SIZE) {
						this.memo.clear();
					}
					this.memo.put(key, message);
				}
			}
			return message;
		}

		int memoSize() {
			return this.memo.size();
		}

		private static boolean allNumbers(Object[] args) {
			for (Object arg : args) {
				if (!(arg instanceof Integer || arg instanceof Long || arg instanceof Short || arg instanceof Byte)) {
					return false;
				}
			}
			return true;
		}

		private record Formatted(String code, Locale locale, List<Object> args) {

		}

		@Override
		protected MessageFormat createMessageFormat(String msg, Locale locale) {
			MessageFormat format = super.createMessageFormat(msg, locale);
			Format[] formats = format.getFormats();
			for (int i = 0; i < formats.length; i++) {
				if (formats[i] == null) {
					format.setFormat(i, new PlainArgument(locale));
				}
			}
			return format;
		}

	}

	/**
	 * What {@link MessageFormat} does for an argument without a format (a number as
	 * {@code NumberFormat.getInstance(locale)} writes it, a date as a short date and
	 * time, anything else as its text), with the number and date formats made once.
	 */
	static final class PlainArgument extends Format {

		private final Locale locale;

		private transient NumberFormat numbers;

		private transient DateFormat dates;

		PlainArgument(Locale locale) {
			this.locale = locale;
		}

		@Override
		public StringBuffer format(Object argument, StringBuffer toAppendTo, FieldPosition position) {
			if (argument instanceof Number) {
				if (this.numbers == null) {
					this.numbers = NumberFormat.getInstance(this.locale);
				}
				return this.numbers.format(argument, toAppendTo, position);
			}
			if (argument instanceof Date) {
				if (this.dates == null) {
					this.dates = DateFormat.getDateTimeInstance(DateFormat.SHORT, DateFormat.SHORT, this.locale);
				}
				return this.dates.format(argument, toAppendTo, position);
			}
			return toAppendTo.append(argument);
		}

		@Override
		public Object parseObject(String source, ParsePosition position) {
			throw new UnsupportedOperationException("messages are only formatted");
		}

	}

}
