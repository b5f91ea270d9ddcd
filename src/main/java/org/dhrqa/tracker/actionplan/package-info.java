/**
 * The live action plan of each review: recommendations, their actions with lead agency
 * and target date, and dated implementation updates that are appended and never
 * rewritten. Imports from and exports to the Home Office template columns; generates the
 * annex for the published report.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "account", "review", "document" })
package org.dhrqa.tracker.actionplan;
