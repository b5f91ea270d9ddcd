package org.dhrqa.tracker.csp;

/** A CSP as other modules show it. */
public record CspSummary(Long id, String name, String area) {

}
