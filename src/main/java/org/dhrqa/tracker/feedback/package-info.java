/**
 * Feedback items: each area for development in an issued QA letter, the unit of work a
 * CSP answers and the secretariat verifies (DESIGN.md section 2).
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "account", "review", "report", "document", "search" })
package org.dhrqa.tracker.feedback;
