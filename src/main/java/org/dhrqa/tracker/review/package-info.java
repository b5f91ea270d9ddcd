/**
 * The register of reviews: each review's facts, pseudonyms, key dates and its stage in
 * the lifecycle of docs/process.md, with the history of every change. {@link Reviews} is
 * the one place that decides which reviews a person may see; every other module asks it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "account", "csp", "search" })
package org.dhrqa.tracker.review;
