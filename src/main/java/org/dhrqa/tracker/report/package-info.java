/**
 * Versions of a review's report: each upload is checked to be a readable, unencrypted
 * PDF, numbered, measured (size, pages, SHA-256) and kept in PostgreSQL; downloads
 * stream. The text of each version is read once in the background (report_text is the
 * queue) and split into numbered paragraphs, so versions can be compared paragraph by
 * paragraph, names looked for, and a feedback item's paragraph shown as the panel read it
 * and as revised ({@link org.dhrqa.tracker.report.ParagraphChecks}).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "account", "review", "document" })
package org.dhrqa.tracker.report;
