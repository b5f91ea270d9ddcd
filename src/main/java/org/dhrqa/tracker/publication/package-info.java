/**
 * Publication: the checklist that turns the QA letter's publication conditions into tasks
 * (derived from the data where possible, confirmed by a person where not), and the single
 * publication PDF (report, action plan annex, QA letter annex) assembled without holding
 * it all in memory.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "account", "review", "feedback",
		"report", "letter", "actionplan", "document" })
package org.dhrqa.tracker.publication;
