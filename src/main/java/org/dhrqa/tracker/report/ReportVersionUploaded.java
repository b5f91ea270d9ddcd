package org.dhrqa.tracker.report;

/**
 * A version of a review's report was uploaded (perhaps marked as the final one); its text
 * is waiting to be read.
 */
public record ReportVersionUploaded(Long versionId, Long reviewId, int versionNumber, boolean finalVersion) {

}
