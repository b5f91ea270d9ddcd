/**
 * Feedback items: each area for development in an issued QA letter, the unit of work a
 * CSP answers and the secretariat verifies (see docs/domain.md).
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "account", "csp", "review", "report", "document", "search" })
package org.dhrqa.tracker.feedback;
