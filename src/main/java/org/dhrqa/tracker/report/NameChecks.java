package org.dhrqa.tracker.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dhrqa.tracker.review.OtherPseudonym;
import org.dhrqa.tracker.review.ReviewView;
import org.dhrqa.tracker.shared.web.Messages;

import org.springframework.stereotype.Service;

/**
 * Checks that save a read: each name from the review's pseudonyms, and each name the
 * letter's items say is wrong, looked for across a version's text, with the paragraphs
 * where it occurs. A pseudonym missing from a paragraph the letter cites, or a real name
 * still there, shows without opening the PDF.
 */
@Service
class NameChecks {

	private final List<ReportNameSource> sources;

	private final Messages messages;

	NameChecks(List<ReportNameSource> sources, Messages messages) {
		this.sources = sources;
		this.messages = messages;
	}

	/** The names to look for in the review's report, each with why, without repeats. */
	Map<String, List<String>> namesToFind(ReviewView review) {
		Map<String, List<String>> names = new LinkedHashMap<>();
		for (String victim : review.victimPseudonyms().split("\\s*(?:,|&|/|\\band\\b)\\s*")) {
			add(names, victim, this.messages.get("report.names.victim"));
		}
		for (OtherPseudonym other : review.otherPseudonyms()) {
			add(names, other.pseudonym(),
					(other.role() == null || other.role().isBlank()) ? this.messages.get("report.names.other")
							: this.messages.get("report.names.otherRole", other.role()));
		}
		for (ReportNameSource source : this.sources) {
			for (ReportNameSource.NameToFind name : source.namesToFind(review.id())) {
				add(names, name.name(), name.reason());
			}
		}
		return names;
	}

	/**
	 * Where each name occurs; paragraphs are listed by number, the front matter as
	 * {@code frontPage}.
	 */
	static List<NameFinding> find(Map<String, List<String>> names, List<ReportParagraph> paragraphs, String frontPage) {
		List<NameFinding> findings = new ArrayList<>();
		for (Map.Entry<String, List<String>> name : names.entrySet()) {
			Pattern pattern = Pattern.compile(
					"(?<![\\p{L}\\p{N}])" + Pattern.quote(name.getKey()) + "(?![\\p{L}\\p{N}])",
					Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
			List<String> where = new ArrayList<>();
			int occurrences = 0;
			for (ReportParagraph paragraph : paragraphs) {
				Matcher matcher = pattern.matcher(paragraph.fullText());
				int here = 0;
				while (matcher.find()) {
					here++;
				}
				if (here > 0) {
					occurrences += here;
					where.add(paragraph.isFrontMatter() ? frontPage : paragraph.number());
				}
			}
			findings.add(new NameFinding(name.getKey(), name.getValue(), where, occurrences));
		}
		return findings;
	}

	private static void add(Map<String, List<String>> names, String name, String reason) {
		String trimmed = (name == null) ? "" : name.trim();
		if (trimmed.isEmpty()) {
			return;
		}
		String existing = names.keySet()
			.stream()
			.filter((key) -> key.toLowerCase(Locale.UK).equals(trimmed.toLowerCase(Locale.UK)))
			.findFirst()
			.orElse(trimmed);
		List<String> reasons = names.computeIfAbsent(existing, (key) -> new ArrayList<>());
		if (!reasons.contains(reason)) {
			reasons.add(reason);
		}
	}

	List<NameFinding> find(ReviewView review, List<ReportParagraph> paragraphs) {
		return find(namesToFind(review), paragraphs, this.messages.get("report.frontPage"));
	}

}
