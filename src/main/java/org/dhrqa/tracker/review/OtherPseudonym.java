package org.dhrqa.tracker.review;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A pseudonym used in the report for someone other than the victim, with their role (e.g.
 * Ahmed, perpetrator).
 */
@Embeddable
public record OtherPseudonym(@Column(name = "pseudonym") String pseudonym, @Column(name = "role") String role) {

}
