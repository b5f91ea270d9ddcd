/**
 * QA Panel meetings and feedback letters: the secretariat schedules meetings, drafts
 * letters from the standard wording and structured items, previews them as HTML and PDF
 * and issues them. Issuing stores the PDF, opens the letter's feedback items for the CSP
 * and publishes {@link org.dhrqa.tracker.letter.LetterIssued}.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "account", "csp", "review", "feedback", "document" })
package org.dhrqa.tracker.letter;
