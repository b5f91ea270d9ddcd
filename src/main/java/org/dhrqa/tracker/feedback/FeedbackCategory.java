package org.dhrqa.tracker.feedback;

/** What kind of revision the QA Panel asks for (see docs/domain.md). */
public enum FeedbackCategory {

	PSEUDONYM_OR_ANONYMISATION, MISSING_FACT_OR_DATE, MISSING_RATIONALE, FAMILY_ENGAGEMENT, EQUALITY_AND_DIVERSITY,
	ANALYSIS_DEPTH, TERMS_OF_REFERENCE, STRUCTURE_OR_TEMPLATE, RECOMMENDATIONS_OR_ACTION_PLAN, NAMING_AGENCIES,
	TIMESCALES, PROOFREADING, OTHER;

	public String messageKey() {
		return "category." + name();
	}

}
