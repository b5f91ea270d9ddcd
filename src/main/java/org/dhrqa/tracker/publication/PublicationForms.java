package org.dhrqa.tracker.publication;

import org.dhrqa.tracker.shared.web.DateParts;

/** The forms of the publication pages. */
final class PublicationForms {

	private PublicationForms() {
	}

	public static class Confirm {

		private DateParts confirmedOn = new DateParts();

		private String detail = "";

		public DateParts getConfirmedOn() {
			return this.confirmedOn;
		}

		public void setConfirmedOn(DateParts confirmedOn) {
			this.confirmedOn = confirmedOn;
		}

		public String getDetail() {
			return this.detail;
		}

		public void setDetail(String detail) {
			this.detail = (detail != null) ? detail : "";
		}

	}

	public static class Override {

		private String reason = "";

		public String getReason() {
			return this.reason;
		}

		public void setReason(String reason) {
			this.reason = (reason != null) ? reason : "";
		}

	}

}
