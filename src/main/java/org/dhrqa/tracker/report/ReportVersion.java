package org.dhrqa.tracker.report;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One uploaded version of a review's report. Versions are never replaced: a new upload is
 * a new version.
 */
@Entity
@Table(name = "report_version")
class ReportVersion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "review_id")
	private Long reviewId;

	@Column(name = "version_number")
	private int versionNumber;

	@Column(name = "file_id")
	private Long fileId;

	@Column(name = "page_count")
	private int pageCount;

	@Column(name = "is_final")
	private boolean isFinal;

	@Column(name = "uploaded_by_user_id")
	private Long uploadedByUserId;

	@Column(name = "uploaded_by_name")
	private String uploadedByName;

	@Column(name = "uploaded_at")
	private Instant uploadedAt;

	private String note;

	/** Its file's SHA-256: a review holds a given file once (V87). */
	private String sha256;

	protected ReportVersion() {
	}

	ReportVersion(Long reviewId, int versionNumber, Long fileId, int pageCount, boolean isFinal, Long byUserId,
			String byName, Instant at, String note, String sha256) {
		this.reviewId = reviewId;
		this.sha256 = sha256;
		this.versionNumber = versionNumber;
		this.fileId = fileId;
		this.pageCount = pageCount;
		this.isFinal = isFinal;
		this.uploadedByUserId = byUserId;
		this.uploadedByName = byName;
		this.uploadedAt = at;
		this.note = note;
	}

	Long getId() {
		return this.id;
	}

	Long getReviewId() {
		return this.reviewId;
	}

	int getVersionNumber() {
		return this.versionNumber;
	}

	Long getFileId() {
		return this.fileId;
	}

	int getPageCount() {
		return this.pageCount;
	}

	boolean isFinal() {
		return this.isFinal;
	}

	String getUploadedByName() {
		return this.uploadedByName;
	}

	Instant getUploadedAt() {
		return this.uploadedAt;
	}

	String getSha256() {
		return this.sha256;
	}

	String getNote() {
		return this.note;
	}

}
