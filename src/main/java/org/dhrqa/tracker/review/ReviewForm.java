package org.dhrqa.tracker.review;

import java.util.ArrayList;
import java.util.List;

import org.dhrqa.tracker.shared.web.DateParts;

/**
 * The review form exactly as typed: strings and date parts, so a rejected form comes back
 * with every character the person entered. {@link ReviewFormValidator} checks it and
 * {@link #toDetails()} turns a valid one into {@link ReviewDetails}.
 */
public class ReviewForm {

	static final int PSEUDONYM_ROWS = 4;

	private String csp = "";

	private String reference = "";

	private String victimPseudonyms = "";

	private List<PseudonymRow> otherPseudonyms = new ArrayList<>();

	private DateParts death = new DateParts();

	private String type = "";

	private String chairName = "";

	private String authorName = "";

	private DateParts notifiedOn = new DateParts();

	private DateParts decisionOn = new DateParts();

	private DateParts homeOfficeNotifiedOn = new DateParts();

	private DateParts panelFirstMetOn = new DateParts();

	private DateParts familyNotifiedOn = new DateParts();

	private DateParts submittedToQaOn = new DateParts();

	private DateParts publishedOn = new DateParts();

	private String publishedUrl = "";

	private String version = "";

	public ReviewForm() {
		padPseudonyms();
	}

	static ReviewForm of(ReviewView review) {
		ReviewForm form = new ReviewForm();
		form.csp = String.valueOf(review.cspId());
		form.reference = review.reference();
		form.victimPseudonyms = review.victimPseudonyms();
		form.otherPseudonyms = new ArrayList<>(
				review.otherPseudonyms().stream().map((p) -> new PseudonymRow(p.pseudonym(), p.role())).toList());
		form.death = DateParts.of(review.deathMonth(), review.deathYear());
		form.type = (review.type() != null) ? review.type().name() : "";
		form.chairName = nullToEmpty(review.chairName());
		form.authorName = nullToEmpty(review.authorName());
		form.notifiedOn = DateParts.of(review.notifiedOn());
		form.decisionOn = DateParts.of(review.decisionOn());
		form.homeOfficeNotifiedOn = DateParts.of(review.homeOfficeNotifiedOn());
		form.panelFirstMetOn = DateParts.of(review.panelFirstMetOn());
		form.familyNotifiedOn = DateParts.of(review.familyNotifiedOn());
		form.submittedToQaOn = DateParts.of(review.submittedToQaOn());
		form.publishedOn = DateParts.of(review.publishedOn());
		form.publishedUrl = nullToEmpty(review.publishedUrl());
		form.version = String.valueOf(review.version());
		form.padPseudonyms();
		return form;
	}

	/** Always offer a few empty rows for more pseudonyms. */
	void padPseudonyms() {
		if (this.otherPseudonyms == null) {
			this.otherPseudonyms = new ArrayList<>();
		}
		int filled = (int) this.otherPseudonyms.stream().filter((row) -> !row.isEmpty()).count();
		while (this.otherPseudonyms.size() < Math.max(PSEUDONYM_ROWS, filled + 2)) {
			this.otherPseudonyms.add(new PseudonymRow("", ""));
		}
	}

	ReviewDetails toDetails() {
		var death = this.death.toYearMonth();
		return new ReviewDetails(this.reference.trim(), this.victimPseudonyms.trim(),
				this.otherPseudonyms.stream()
					.filter((row) -> !row.isEmpty())
					.map((row) -> new OtherPseudonym(row.getPseudonym().trim(), row.getRole().trim()))
					.toList(),
				(death != null) ? death.getMonthValue() : null, (death != null) ? death.getYear() : null,
				ReviewType.valueOf(this.type), blankToNull(this.chairName), blankToNull(this.authorName),
				this.notifiedOn.toDate(), this.decisionOn.toDate(), this.homeOfficeNotifiedOn.toDate(),
				this.panelFirstMetOn.toDate(), this.familyNotifiedOn.toDate(), this.submittedToQaOn.toDate(),
				this.publishedOn.toDate(), blankToNull(this.publishedUrl));
	}

	/**
	 * After a conflicting save: for each field the other person changed that this person
	 * left as it was, take the other person's new value, so saving again neither loses
	 * this person's edits nor reverts the other person's.
	 */
	void adoptTheirChangesWhereUntouched(List<org.dhrqa.tracker.shared.history.FieldChange> theirChanges,
			ReviewView current) {
		java.util.Map<String, String> mine = toDetails().snapshot();
		ReviewForm theirs = ReviewForm.of(current);
		for (org.dhrqa.tracker.shared.history.FieldChange change : theirChanges) {
			if (java.util.Objects.equals(blankToNull(mine.get(change.field())), change.oldValue())) {
				copy(change.field(), theirs);
			}
		}
		this.version = theirs.version;
	}

	private void copy(String field, ReviewForm from) {
		switch (field) {
			case "review.field.reference" -> this.reference = from.reference;
			case "review.field.victimPseudonyms" -> this.victimPseudonyms = from.victimPseudonyms;
			case "review.field.otherPseudonyms" -> this.otherPseudonyms = from.otherPseudonyms;
			case "review.field.death" -> this.death = from.death;
			case "review.field.type" -> this.type = from.type;
			case "review.field.chairName" -> this.chairName = from.chairName;
			case "review.field.authorName" -> this.authorName = from.authorName;
			case "review.field.notifiedOn" -> this.notifiedOn = from.notifiedOn;
			case "review.field.decisionOn" -> this.decisionOn = from.decisionOn;
			case "review.field.homeOfficeNotifiedOn" -> this.homeOfficeNotifiedOn = from.homeOfficeNotifiedOn;
			case "review.field.panelFirstMetOn" -> this.panelFirstMetOn = from.panelFirstMetOn;
			case "review.field.familyNotifiedOn" -> this.familyNotifiedOn = from.familyNotifiedOn;
			case "review.field.submittedToQaOn" -> this.submittedToQaOn = from.submittedToQaOn;
			case "review.field.publishedOn" -> this.publishedOn = from.publishedOn;
			case "review.field.publishedUrl" -> this.publishedUrl = from.publishedUrl;
			default -> {
				// the stage is not on this form
			}
		}
	}

	Long cspId() {
		try {
			return Long.valueOf(this.csp.trim());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	long expectedVersion() {
		try {
			return Long.parseLong(this.version.trim());
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

	private static String nullToEmpty(String value) {
		return (value != null) ? value : "";
	}

	public static class PseudonymRow {

		private String pseudonym = "";

		private String role = "";

		public PseudonymRow() {
		}

		PseudonymRow(String pseudonym, String role) {
			this.pseudonym = pseudonym;
			this.role = role;
		}

		boolean isEmpty() {
			return (this.pseudonym == null || this.pseudonym.isBlank()) && (this.role == null || this.role.isBlank());
		}

		public String getPseudonym() {
			return this.pseudonym;
		}

		public void setPseudonym(String pseudonym) {
			this.pseudonym = (pseudonym != null) ? pseudonym : "";
		}

		public String getRole() {
			return this.role;
		}

		public void setRole(String role) {
			this.role = (role != null) ? role : "";
		}

	}

	public String getCsp() {
		return this.csp;
	}

	public void setCsp(String csp) {
		this.csp = (csp != null) ? csp : "";
	}

	public String getReference() {
		return this.reference;
	}

	public void setReference(String reference) {
		this.reference = (reference != null) ? reference : "";
	}

	public String getVictimPseudonyms() {
		return this.victimPseudonyms;
	}

	public void setVictimPseudonyms(String victimPseudonyms) {
		this.victimPseudonyms = (victimPseudonyms != null) ? victimPseudonyms : "";
	}

	public List<PseudonymRow> getOtherPseudonyms() {
		return this.otherPseudonyms;
	}

	public void setOtherPseudonyms(List<PseudonymRow> otherPseudonyms) {
		this.otherPseudonyms = otherPseudonyms;
	}

	public DateParts getDeath() {
		return this.death;
	}

	public void setDeath(DateParts death) {
		this.death = death;
	}

	public String getType() {
		return this.type;
	}

	public void setType(String type) {
		this.type = (type != null) ? type : "";
	}

	public String getChairName() {
		return this.chairName;
	}

	public void setChairName(String chairName) {
		this.chairName = (chairName != null) ? chairName : "";
	}

	public String getAuthorName() {
		return this.authorName;
	}

	public void setAuthorName(String authorName) {
		this.authorName = (authorName != null) ? authorName : "";
	}

	public DateParts getNotifiedOn() {
		return this.notifiedOn;
	}

	public void setNotifiedOn(DateParts notifiedOn) {
		this.notifiedOn = notifiedOn;
	}

	public DateParts getDecisionOn() {
		return this.decisionOn;
	}

	public void setDecisionOn(DateParts decisionOn) {
		this.decisionOn = decisionOn;
	}

	public DateParts getHomeOfficeNotifiedOn() {
		return this.homeOfficeNotifiedOn;
	}

	public void setHomeOfficeNotifiedOn(DateParts homeOfficeNotifiedOn) {
		this.homeOfficeNotifiedOn = homeOfficeNotifiedOn;
	}

	public DateParts getPanelFirstMetOn() {
		return this.panelFirstMetOn;
	}

	public void setPanelFirstMetOn(DateParts panelFirstMetOn) {
		this.panelFirstMetOn = panelFirstMetOn;
	}

	public DateParts getFamilyNotifiedOn() {
		return this.familyNotifiedOn;
	}

	public void setFamilyNotifiedOn(DateParts familyNotifiedOn) {
		this.familyNotifiedOn = familyNotifiedOn;
	}

	public DateParts getSubmittedToQaOn() {
		return this.submittedToQaOn;
	}

	public void setSubmittedToQaOn(DateParts submittedToQaOn) {
		this.submittedToQaOn = submittedToQaOn;
	}

	public DateParts getPublishedOn() {
		return this.publishedOn;
	}

	public void setPublishedOn(DateParts publishedOn) {
		this.publishedOn = publishedOn;
	}

	public String getPublishedUrl() {
		return this.publishedUrl;
	}

	public void setPublishedUrl(String publishedUrl) {
		this.publishedUrl = (publishedUrl != null) ? publishedUrl : "";
	}

	public String getVersion() {
		return this.version;
	}

	public void setVersion(String version) {
		this.version = (version != null) ? version : "";
	}

}
