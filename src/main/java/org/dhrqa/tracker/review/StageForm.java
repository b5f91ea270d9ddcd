package org.dhrqa.tracker.review;

import org.dhrqa.tracker.shared.web.DateParts;

/** Moving a review to its next stage: which stage, from when, and an optional note. */
public class StageForm {

	private String stage = "";

	private DateParts effectiveOn = new DateParts();

	private String note = "";

	private String version = "";

	public String getStage() {
		return this.stage;
	}

	public void setStage(String stage) {
		this.stage = (stage != null) ? stage : "";
	}

	public DateParts getEffectiveOn() {
		return this.effectiveOn;
	}

	public void setEffectiveOn(DateParts effectiveOn) {
		this.effectiveOn = effectiveOn;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = (note != null) ? note : "";
	}

	public String getVersion() {
		return this.version;
	}

	public void setVersion(String version) {
		this.version = (version != null) ? version : "";
	}

	long expectedVersion() {
		try {
			return Long.parseLong(this.version.trim());
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

}
