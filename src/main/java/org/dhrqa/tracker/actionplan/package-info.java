/**
 * The live action plan of each review: recommendations, their actions with lead agency
 * and target date, and dated implementation updates that are appended and never
 * rewritten. Imports from the Home Office template (checked row by row, matched against
 * the plan so a second import does not double it, large files applied in the background
 * from a queue table) and exports to it; removals and replacements keep what they took
 * out; generates the annex for the published report, rendered once per change of the
 * plan.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "account", "review", "document" })
package org.dhrqa.tracker.actionplan;
