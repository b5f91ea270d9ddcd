package org.dhrqa.tracker.letterimport;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.dhrqa.tracker.shared.web.DateParts;

import org.springframework.web.multipart.MultipartFile;

/**
 * What people type on the import pages, kept as typed so a rejected form shows it again.
 */
final class ImportForms {

	private ImportForms() {
	}

	/** A letter file to upload, for a review when the person came from one. */
	public static class UploadForm {

		private MultipartFile file;

		private String review = "";

		public MultipartFile getFile() {
			return this.file;
		}

		public void setFile(MultipartFile file) {
			this.file = file;
		}

		public String getReview() {
			return this.review;
		}

		public void setReview(String review) {
			this.review = (review != null) ? review : "";
		}

	}

	/** A letter's text, pasted. */
	public static class PasteForm {

		private String text = "";

		private String review = "";

		public String getText() {
			return this.text;
		}

		public void setText(String text) {
			this.text = (text != null) ? text : "";
		}

		public String getReview() {
			return this.review;
		}

		public void setReview(String review) {
			this.review = (review != null) ? review : "";
		}

	}

	/** Several letters, or ZIP files of them. */
	public static class BatchForm {

		private List<MultipartFile> files = new ArrayList<>();

		public List<MultipartFile> getFiles() {
			return this.files;
		}

		public void setFiles(List<MultipartFile> files) {
			this.files = (files != null) ? files : new ArrayList<>();
		}

	}

	/**
	 * The draft on the check page: the letter's facts, its items, what is left to place.
	 */
	public static class CheckForm {

		private DateParts letterDate = new DateParts();

		private DateParts meetingDate = new DateParts();

		private String csp = "";

		private String victimPseudonyms = "";

		private String outcome = "";

		private String heading = "";

		private String strengths = "";

		private List<ItemRow> items = new ArrayList<>();

		private List<UnplacedRow> unplaced = new ArrayList<>();

		private String version = "";

		private String action = "";

		/** Strengths are edited as paragraphs with a blank line between them. */
		List<String> strengthList() {
			return Arrays.stream(this.strengths.replace("\r\n", "\n").split("\\n\\s*\\n"))
				.map(String::strip)
				.filter((text) -> !text.isEmpty())
				.toList();
		}

		public DateParts getLetterDate() {
			return this.letterDate;
		}

		public void setLetterDate(DateParts letterDate) {
			this.letterDate = letterDate;
		}

		public DateParts getMeetingDate() {
			return this.meetingDate;
		}

		public void setMeetingDate(DateParts meetingDate) {
			this.meetingDate = meetingDate;
		}

		public String getCsp() {
			return this.csp;
		}

		public void setCsp(String csp) {
			this.csp = (csp != null) ? csp : "";
		}

		public String getVictimPseudonyms() {
			return this.victimPseudonyms;
		}

		public void setVictimPseudonyms(String victimPseudonyms) {
			this.victimPseudonyms = (victimPseudonyms != null) ? victimPseudonyms : "";
		}

		public String getOutcome() {
			return this.outcome;
		}

		public void setOutcome(String outcome) {
			this.outcome = (outcome != null) ? outcome : "";
		}

		public String getHeading() {
			return this.heading;
		}

		public void setHeading(String heading) {
			this.heading = (heading != null) ? heading : "";
		}

		public String getStrengths() {
			return this.strengths;
		}

		public void setStrengths(String strengths) {
			this.strengths = (strengths != null) ? strengths : "";
		}

		public List<ItemRow> getItems() {
			return this.items;
		}

		public void setItems(List<ItemRow> items) {
			this.items = (items != null) ? items : new ArrayList<>();
		}

		public List<UnplacedRow> getUnplaced() {
			return this.unplaced;
		}

		public void setUnplaced(List<UnplacedRow> unplaced) {
			this.unplaced = (unplaced != null) ? unplaced : new ArrayList<>();
		}

		public String getVersion() {
			return this.version;
		}

		public void setVersion(String version) {
			this.version = (version != null) ? version : "";
		}

		public String getAction() {
			return this.action;
		}

		public void setAction(String action) {
			this.action = (action != null) ? action : "";
		}

	}

	/** One item of the draft. */
	public static class ItemRow {

		private String text = "";

		private String sectionRef = "";

		private String category = "";

		public ItemRow() {
		}

		ItemRow(String text, String sectionRef, String category) {
			setText(text);
			setSectionRef(sectionRef);
			setCategory(category);
		}

		public String getText() {
			return this.text;
		}

		public void setText(String text) {
			this.text = (text != null) ? text : "";
		}

		public String getSectionRef() {
			return this.sectionRef;
		}

		public void setSectionRef(String sectionRef) {
			this.sectionRef = (sectionRef != null) ? sectionRef : "";
		}

		public String getCategory() {
			return this.category;
		}

		public void setCategory(String category) {
			this.category = (category != null) ? category : "";
		}

	}

	/** A paragraph the parser could not place, and where the person puts it. */
	public static class UnplacedRow {

		static final String ITEM = "ITEM";

		static final String STRENGTH = "STRENGTH";

		static final String LEAVE_OUT = "LEAVE_OUT";

		private String text = "";

		private String place = "";

		public UnplacedRow() {
		}

		UnplacedRow(String text) {
			setText(text);
		}

		public String getText() {
			return this.text;
		}

		public void setText(String text) {
			this.text = (text != null) ? text : "";
		}

		public String getPlace() {
			return this.place;
		}

		public void setPlace(String place) {
			this.place = (place != null) ? place : "";
		}

	}

	/** Which review the letter is about, or the facts of a new one. */
	public static class MatchForm {

		static final String OTHER = "other";

		static final String NEW = "new";

		private String review = "";

		private String otherReview = "";

		private String reference = "";

		private String type = "";

		private DateParts notifiedOn = new DateParts();

		public String getReview() {
			return this.review;
		}

		public void setReview(String review) {
			this.review = (review != null) ? review : "";
		}

		public String getOtherReview() {
			return this.otherReview;
		}

		public void setOtherReview(String otherReview) {
			this.otherReview = (otherReview != null) ? otherReview : "";
		}

		public String getReference() {
			return this.reference;
		}

		public void setReference(String reference) {
			this.reference = (reference != null) ? reference : "";
		}

		public String getType() {
			return this.type;
		}

		public void setType(String type) {
			this.type = (type != null) ? type : "";
		}

		public DateParts getNotifiedOn() {
			return this.notifiedOn;
		}

		public void setNotifiedOn(DateParts notifiedOn) {
			this.notifiedOn = notifiedOn;
		}

	}

}
