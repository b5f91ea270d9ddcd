/**
 * Telling people: a notification in the service for each person, and an email when SMTP
 * is configured (spring.mail.host). Without SMTP every email is recorded, not lost, and
 * visible to administrators.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "account" })
package org.dhrqa.tracker.notification;
