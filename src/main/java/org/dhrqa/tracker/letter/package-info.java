/**
 * QA Panel meetings and feedback letters: the secretariat schedules meetings, drafts
 * letters from the standard wording and structured items, previews them as HTML and PDF
 * and issues them. Issuing stores the PDF, opens the letter's feedback items for the CSP
 * and tells the CSP.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "account", "csp", "review", "feedback", "document", "notification" })
package org.dhrqa.tracker.letter;
