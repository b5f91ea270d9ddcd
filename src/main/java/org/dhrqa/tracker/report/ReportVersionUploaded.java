package org.dhrqa.tracker.report;

/** A new report version was kept; its text is waiting to be read. */
record ReportVersionUploaded(Long versionId) {

}
