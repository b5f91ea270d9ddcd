package org.dhrqa.tracker.letter;

import org.dhrqa.tracker.shared.web.DateParts;

/** The small forms of the letter pages, each holding exactly what was typed. */
final class LetterForms {

	private LetterForms() {
	}

	public static class MeetingForm {

		private DateParts date = new DateParts();

		public DateParts getDate() {
			return this.date;
		}

		public void setDate(DateParts date) {
			this.date = date;
		}

	}

	public static class ConsiderForm {

		private String review = "";

		public String getReview() {
			return this.review;
		}

		public void setReview(String review) {
			this.review = (review != null) ? review : "";
		}

	}

	public static class TextForm {

		private String text = "";

		/**
		 * The version of the strength the person opened (hidden field of the edit form).
		 */
		private String version = "";

		public String getVersion() {
			return this.version;
		}

		public void setVersion(String version) {
			this.version = (version != null) ? version : "";
		}

		public String getText() {
			return this.text;
		}

		public void setText(String text) {
			this.text = (text != null) ? text : "";
		}

	}

	public static class ItemForm {

		private String area = "";

		/** The version of the area the person opened (hidden field of the edit form). */
		private String version = "";

		public String getVersion() {
			return this.version;
		}

		public void setVersion(String version) {
			this.version = (version != null) ? version : "";
		}

		private String paragraphRef = "";

		private String category = "";

		public String getArea() {
			return this.area;
		}

		public void setArea(String area) {
			this.area = (area != null) ? area : "";
		}

		public String getParagraphRef() {
			return this.paragraphRef;
		}

		public void setParagraphRef(String paragraphRef) {
			this.paragraphRef = (paragraphRef != null) ? paragraphRef : "";
		}

		public String getCategory() {
			return this.category;
		}

		public void setCategory(String category) {
			this.category = (category != null) ? category : "";
		}

	}

	public static class ReasonForm {

		private String reason = "";

		public String getReason() {
			return this.reason;
		}

		public void setReason(String reason) {
			this.reason = (reason != null) ? reason : "";
		}

	}

	public static class IssueForm {

		private String version = "";

		public String getVersion() {
			return this.version;
		}

		public void setVersion(String version) {
			this.version = (version != null) ? version : "";
		}

	}

}
