package org.dhrqa.tracker.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A review as pages, exports and other modules read it. */
public record ReviewView(Long id, Long cspId, String cspName, String reference, String victimPseudonyms,
		List<OtherPseudonym> otherPseudonyms, Integer deathMonth, Integer deathYear, ReviewType type, String chairName,
		String authorName, LocalDate notifiedOn, LocalDate decisionOn, LocalDate homeOfficeNotifiedOn,
		LocalDate panelFirstMetOn, LocalDate familyNotifiedOn, LocalDate submittedToQaOn, LocalDate publishedOn,
		String publishedUrl, ReviewStage stage, long version, Instant updatedAt) {

	static ReviewView of(Review review, String cspName) {
		ReviewDetails d = review.details();
		return new ReviewView(review.getId(), review.getCspId(), cspName, d.reference(), d.victimPseudonyms(),
				d.otherPseudonyms(), d.deathMonth(), d.deathYear(), d.type(), d.chairName(), d.authorName(),
				d.notifiedOn(), d.decisionOn(), d.homeOfficeNotifiedOn(), d.panelFirstMetOn(), d.familyNotifiedOn(),
				d.submittedToQaOn(), d.publishedOn(), d.publishedUrl(), review.getStage(), review.getVersion(),
				review.getUpdatedAt());
	}

	public ReviewDetails details() {
		return new ReviewDetails(this.reference, this.victimPseudonyms, this.otherPseudonyms, this.deathMonth,
				this.deathYear, this.type, this.chairName, this.authorName, this.notifiedOn, this.decisionOn,
				this.homeOfficeNotifiedOn, this.panelFirstMetOn, this.familyNotifiedOn, this.submittedToQaOn,
				this.publishedOn, this.publishedUrl);
	}

	/** "Salome (Kent & Medway CSP)": how letters and lists name a review. */
	public String title() {
		return title(this.victimPseudonyms, this.cspName);
	}

	static String title(String victimPseudonyms, String cspName) {
		return victimPseudonyms + " (" + cspName + ")";
	}

}
