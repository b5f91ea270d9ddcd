/**
 * Read-only JSON for reporting tools under /api (see docs/architecture.md), with the same
 * access rules as the pages: it reads through the other modules' public services only.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "account", "review", "feedback", "publication" })
package org.dhrqa.tracker.reporting;
