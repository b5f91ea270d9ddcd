package org.dhrqa.tracker.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What makes a password acceptable here (NCSC guidance: length over complexity): at least
 * 12 characters, not a commonly used password, and not built from the person's email
 * address.
 */
@Component
public class PasswordPolicy {

	public static final int MIN_LENGTH = 12;

	public static final int MAX_LENGTH = 128;

	private final Set<String> common;

	PasswordPolicy() throws IOException {
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(
				new ClassPathResource("common-passwords.txt").getInputStream(), StandardCharsets.UTF_8))) {
			this.common = reader.lines()
				.map(String::trim)
				.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
				.map((line) -> line.toLowerCase(Locale.ROOT))
				.collect(Collectors.toUnmodifiableSet());
		}
	}

	/**
	 * The message key of the first rule the password breaks, or null when it is
	 * acceptable.
	 */
	public String problem(String password, String email) {
		if (password == null || password.isEmpty()) {
			return "password.required";
		}
		if (password.length() < MIN_LENGTH) {
			return "password.tooShort";
		}
		if (password.length() > MAX_LENGTH) {
			return "password.tooLong";
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (this.common.contains(lower) || lower.chars().distinct().count() <= 2) {
			return "password.common";
		}
		if (email != null && !email.isBlank()) {
			String address = email.trim().toLowerCase(Locale.ROOT);
			String localPart = address.contains("@") ? address.substring(0, address.indexOf('@')) : address;
			if (lower.equals(address) || lower.contains(address)
					|| (localPart.length() >= 4 && lower.contains(localPart))) {
				return "password.email";
			}
		}
		return null;
	}

}
