package org.dhrqa.tracker.report;

import org.springframework.web.multipart.MultipartFile;

/**
 * An upload of a report version: the file, whether it is the final version, and a note.
 */
public class ReportUploadForm {

	private MultipartFile file;

	private boolean finalVersion;

	private String note = "";

	public MultipartFile getFile() {
		return this.file;
	}

	public void setFile(MultipartFile file) {
		this.file = file;
	}

	public boolean isFinalVersion() {
		return this.finalVersion;
	}

	public void setFinalVersion(boolean finalVersion) {
		this.finalVersion = finalVersion;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = (note != null) ? note : "";
	}

}
