package org.dhrqa.tracker.report;

/**
 * A version uploaded earlier became the review's final version (the one the publication
 * pack is made from); any other version stopped being final.
 */
public record ReportVersionMarkedFinal(Long versionId, Long reviewId, int versionNumber) {

}
