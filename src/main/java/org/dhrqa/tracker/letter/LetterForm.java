package org.dhrqa.tracker.letter;

import org.dhrqa.tracker.shared.web.DateParts;

/** The wording of a letter as the secretariat typed it. */
public class LetterForm {

	private DateParts letterDate = new DateParts();

	private String letterhead = "";

	private String addresseeName = "";

	private String addresseeRole = "";

	private String addresseeOrganisation = "";

	private String addresseeAddress = "";

	private String salutation = "";

	private String opening = "";

	private String outcome = "";

	private String outcomeText = "";

	private String listHeading = "";

	private String publicationInstructions = "";

	private String closing = "";

	private String signOff = "";

	private String version = "";

	static LetterForm of(LetterContent content, long version) {
		LetterForm form = new LetterForm();
		form.letterDate = DateParts.of(content.letterDate());
		form.letterhead = orEmpty(content.letterhead());
		form.addresseeName = orEmpty(content.addresseeName());
		form.addresseeRole = orEmpty(content.addresseeRole());
		form.addresseeOrganisation = orEmpty(content.addresseeOrganisation());
		form.addresseeAddress = orEmpty(content.addresseeAddress());
		form.salutation = orEmpty(content.salutation());
		form.opening = orEmpty(content.opening());
		form.outcome = (content.outcome() != null) ? content.outcome().name() : "";
		form.outcomeText = orEmpty(content.outcomeText());
		form.listHeading = orEmpty(content.listHeading());
		form.publicationInstructions = orEmpty(content.publicationInstructions());
		form.closing = orEmpty(content.closing());
		form.signOff = orEmpty(content.signOff());
		form.version = String.valueOf(version);
		return form;
	}

	LetterContent toContent() {
		return new LetterContent(this.letterDate.toDate(), this.letterhead.trim(), this.addresseeName.trim(),
				orNull(this.addresseeRole), orNull(this.addresseeOrganisation), orNull(this.addresseeAddress),
				this.salutation.trim(), this.opening.trim(), Outcome.valueOf(this.outcome), this.outcomeText.trim(),
				this.listHeading.trim(), this.publicationInstructions.trim(), this.closing.trim(), this.signOff.trim());
	}

	long expectedVersion() {
		try {
			return Long.parseLong(this.version.trim());
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	private static String orEmpty(String value) {
		return (value != null) ? value : "";
	}

	private static String orNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

	public DateParts getLetterDate() {
		return this.letterDate;
	}

	public void setLetterDate(DateParts letterDate) {
		this.letterDate = letterDate;
	}

	public String getLetterhead() {
		return this.letterhead;
	}

	public void setLetterhead(String letterhead) {
		this.letterhead = orEmpty(letterhead);
	}

	public String getAddresseeName() {
		return this.addresseeName;
	}

	public void setAddresseeName(String addresseeName) {
		this.addresseeName = orEmpty(addresseeName);
	}

	public String getAddresseeRole() {
		return this.addresseeRole;
	}

	public void setAddresseeRole(String addresseeRole) {
		this.addresseeRole = orEmpty(addresseeRole);
	}

	public String getAddresseeOrganisation() {
		return this.addresseeOrganisation;
	}

	public void setAddresseeOrganisation(String addresseeOrganisation) {
		this.addresseeOrganisation = orEmpty(addresseeOrganisation);
	}

	public String getAddresseeAddress() {
		return this.addresseeAddress;
	}

	public void setAddresseeAddress(String addresseeAddress) {
		this.addresseeAddress = orEmpty(addresseeAddress);
	}

	public String getSalutation() {
		return this.salutation;
	}

	public void setSalutation(String salutation) {
		this.salutation = orEmpty(salutation);
	}

	public String getOpening() {
		return this.opening;
	}

	public void setOpening(String opening) {
		this.opening = orEmpty(opening);
	}

	public String getOutcome() {
		return this.outcome;
	}

	public void setOutcome(String outcome) {
		this.outcome = orEmpty(outcome);
	}

	public String getOutcomeText() {
		return this.outcomeText;
	}

	public void setOutcomeText(String outcomeText) {
		this.outcomeText = orEmpty(outcomeText);
	}

	public String getListHeading() {
		return this.listHeading;
	}

	public void setListHeading(String listHeading) {
		this.listHeading = orEmpty(listHeading);
	}

	public String getPublicationInstructions() {
		return this.publicationInstructions;
	}

	public void setPublicationInstructions(String publicationInstructions) {
		this.publicationInstructions = orEmpty(publicationInstructions);
	}

	public String getClosing() {
		return this.closing;
	}

	public void setClosing(String closing) {
		this.closing = orEmpty(closing);
	}

	public String getSignOff() {
		return this.signOff;
	}

	public void setSignOff(String signOff) {
		this.signOff = orEmpty(signOff);
	}

	public String getVersion() {
		return this.version;
	}

	public void setVersion(String version) {
		this.version = orEmpty(version);
	}

}
