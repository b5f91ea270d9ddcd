/**
 * Documents: files kept in PostgreSQL (streamed in chunks, with size and SHA-256), and
 * PDFs rendered from HTML with embedded fonts, tagged for accessibility.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package org.dhrqa.tracker.document;
