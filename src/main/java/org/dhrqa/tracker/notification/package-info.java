/**
 * Telling people. This module decides who hears of what: it listens to the other modules'
 * events (a response, a decision, a letter issued, a review resubmitted or approved) and
 * runs the morning digests, and puts a notification in each person's inbox, also by email
 * for the kinds they chose. Emails go through the SMTP server when one is configured
 * (spring.mail.host); without one every email is recorded, not lost, and visible to
 * administrators.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "account", "review", "feedback", "letter", "actionplan" })
package org.dhrqa.tracker.notification;
