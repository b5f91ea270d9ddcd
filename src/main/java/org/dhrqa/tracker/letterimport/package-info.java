/**
 * Importing QA Panel letters people already have (PDF, Word or text): the parser that
 * reads a letter's dates, CSP, pseudonyms, outcome and items; the check page where a
 * person corrects the draft beside the original; matching it to a review; and the
 * back-catalogue queue that a background job works through. Nothing becomes a tracked
 * letter until a person confirms it; then the letter module records it as issued.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "account", "csp", "review", "letter", "feedback", "document" })
package org.dhrqa.tracker.letterimport;
