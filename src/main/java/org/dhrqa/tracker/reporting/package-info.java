/**
 * Read-only JSON for reporting tools under /api (see docs/architecture.md), with the same
 * access rules as the pages: it reads through the other modules' public services only
 * (the list of reviews from the dashboard's read model, a page at a time).
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "account", "review", "feedback", "publication", "dashboard" })
package org.dhrqa.tracker.reporting;
