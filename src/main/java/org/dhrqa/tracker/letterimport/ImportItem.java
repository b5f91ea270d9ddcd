package org.dhrqa.tracker.letterimport;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.dhrqa.tracker.feedback.FeedbackCategory;

/** One item of an imported letter's draft, as read or as a person corrected it. */
@Embeddable
record ImportItem(@Column(name = "text") String text, @Column(name = "section_ref") String sectionRef,
		@Enumerated(EnumType.STRING) @Column(name = "category") FeedbackCategory category) {

}
