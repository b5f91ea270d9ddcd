package org.dhrqa.tracker.letterimport;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.dhrqa.tracker.csp.CspSummary;

/**
 * Matches the CSP a letter names to one the service knows, whatever words it uses for
 * "partnership": "Kent &amp; Medway CSP" is "Kent &amp; Medway Community Safety
 * Partnership".
 */
final class CspNames {

	private CspNames() {
	}

	static Optional<CspSummary> match(String written, List<CspSummary> csps) {
		if (written == null || written.isBlank()) {
			return Optional.empty();
		}
		String core = core(written);
		Optional<CspSummary> exact = csps.stream().filter((csp) -> core(csp.name()).equals(core)).findFirst();
		if (exact.isPresent() || core.length() < 3) {
			return exact;
		}
		List<CspSummary> containing = csps.stream()
			.filter((csp) -> core(csp.name()).contains(core) || core.contains(core(csp.name())))
			.toList();
		return (containing.size() == 1) ? Optional.of(containing.get(0)) : Optional.empty();
	}

	/**
	 * "The Kent &amp; Medway Community Safety Partnership (CSP)" becomes "kent and
	 * medway".
	 */
	static String core(String name) {
		return Phrases.plain(name)
			.toLowerCase(Locale.UK)
			.replace("&", " and ")
			.replaceAll("\\(csp\\)", " ")
			.replaceAll("\\b(the|community safety partnership|community safety|partnership|csp|board)\\b", " ")
			.replaceAll("[^\\p{L}\\p{N} ]", " ")
			.replaceAll("\\s+", " ")
			.strip();
	}

}
