/**
 * Managers' dashboard: where every review stands and where it is slipping (readiness,
 * open and overdue items, overdue and drifting actions, panel turnaround, time to
 * publication, the six-month target), from the other modules' services and scoped like
 * every other page.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "account", "csp", "review",
		"feedback", "letter", "actionplan", "publication" })
package org.dhrqa.tracker.dashboard;
