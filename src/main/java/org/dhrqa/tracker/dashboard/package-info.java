/**
 * Managers' dashboard: where every review stands and where it is slipping (readiness,
 * open and overdue items, overdue and drifting actions, panel turnaround, time to
 * publication, the six-month target), scoped like every other page. Its read model
 * ({@code dashboard_row}, {@code dashboard_letter}) holds one row per review, worked out
 * by the other modules' services when their events say a review changed, and at start-up
 * and each night; the pages over many reviews (the dashboard, its CSV,
 * {@code /api/reviews}) filter, sort, page and count it in SQL.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "account", "csp", "review",
		"feedback", "letter", "actionplan", "publication", "report" })
package org.dhrqa.tracker.dashboard;
