package org.dhrqa.tracker.review;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The facts of a review that people record and correct (everything except its stage). */
public record ReviewDetails(String reference, String victimPseudonyms, List<OtherPseudonym> otherPseudonyms,
		Integer deathMonth, Integer deathYear, ReviewType type, String chairName, String authorName,
		LocalDate notifiedOn, LocalDate decisionOn, LocalDate homeOfficeNotifiedOn, LocalDate panelFirstMetOn,
		LocalDate familyNotifiedOn, LocalDate submittedToQaOn, LocalDate publishedOn, String publishedUrl) {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	public ReviewDetails {
		otherPseudonyms = (otherPseudonyms != null) ? List.copyOf(otherPseudonyms) : List.of();
	}

	/** The same facts, published on that day at that address (or neither). */
	ReviewDetails publishedAs(LocalDate on, String url) {
		return new ReviewDetails(this.reference, this.victimPseudonyms, this.otherPseudonyms, this.deathMonth,
				this.deathYear, this.type, this.chairName, this.authorName, this.notifiedOn, this.decisionOn,
				this.homeOfficeNotifiedOn, this.panelFirstMetOn, this.familyNotifiedOn, this.submittedToQaOn, on, url);
	}

	/**
	 * The facts as people read them, keyed by the message key of each field's label: what
	 * the change history compares and shows.
	 */
	Map<String, String> snapshot() {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("review.field.reference", this.reference);
		values.put("review.field.victimPseudonyms", this.victimPseudonyms);
		values.put("review.field.otherPseudonyms", String.join("; ",
				this.otherPseudonyms.stream().map((p) -> p.pseudonym() + " (" + p.role() + ")").toList()));
		values.put("review.field.death", monthYear());
		values.put("review.field.type", (this.type != null) ? this.type.name() : null);
		values.put("review.field.chairName", this.chairName);
		values.put("review.field.authorName", this.authorName);
		values.put("review.field.notifiedOn", format(this.notifiedOn));
		values.put("review.field.decisionOn", format(this.decisionOn));
		values.put("review.field.homeOfficeNotifiedOn", format(this.homeOfficeNotifiedOn));
		values.put("review.field.panelFirstMetOn", format(this.panelFirstMetOn));
		values.put("review.field.familyNotifiedOn", format(this.familyNotifiedOn));
		values.put("review.field.submittedToQaOn", format(this.submittedToQaOn));
		values.put("review.field.publishedOn", format(this.publishedOn));
		values.put("review.field.publishedUrl", this.publishedUrl);
		return values;
	}

	private String monthYear() {
		if (this.deathYear == null) {
			return null;
		}
		return (this.deathMonth != null)
				? Month.of(this.deathMonth).getDisplayName(TextStyle.FULL, Locale.UK) + " " + this.deathYear
				: String.valueOf(this.deathYear);
	}

	private static String format(LocalDate date) {
		return (date != null) ? DATE.format(date) : null;
	}

}
