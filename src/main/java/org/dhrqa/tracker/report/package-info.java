/**
 * Versions of a review's report: each upload is checked to be a readable, unencrypted
 * PDF, numbered, measured (size, pages, SHA-256) and kept in PostgreSQL; downloads
 * stream.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "account", "review", "document" })
package org.dhrqa.tracker.report;
