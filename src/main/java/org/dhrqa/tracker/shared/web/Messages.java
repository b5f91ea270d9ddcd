package org.dhrqa.tracker.shared.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * The service's words, from messages.properties, in the one language it speaks. Every
 * class that builds a sentence (a flash banner, a notification, an email) asks here.
 */
@Component
public class Messages {

	private final MessageSource source;

	Messages(MessageSource source) {
		this.source = source;
	}

	public String get(String key, Object... args) {
		return this.source.getMessage(key, args, Locale.UK);
	}

	/**
	 * The words for a key, or the key itself where there are none (history of old
	 * fields).
	 */
	public String orKey(String key, Object... args) {
		return this.source.getMessage(key, args, key, Locale.UK);
	}

	public String get(MessageSourceResolvable resolvable) {
		return this.source.getMessage(resolvable, Locale.UK);
	}

}
