package org.dhrqa.tracker.demo;

import java.util.List;

/**
 * The QA Panel letter of 7 August 2024 on the "Salome" review, word for word as in
 * src/test/resources/letters/salome-2024-08-07.txt: the letter the product was born from.
 */
final class SalomeLetter {

	static final String LETTERHEAD = "Interpersonal Abuse Unit\n2 Marsham Street\nLondon\nSW1P 4DF\n"
			+ "Tel: 020 7035 4848\nwww.homeoffice.gov.uk";

	static final String OPENING = "Thank you for submitting the Domestic Homicide Review (DHR) report (Salome) for "
			+ "Kent & Medway Community Safety Partnership (CSP) to the Home Office Quality Assurance (QA) Panel. The "
			+ "report was considered at the QA Panel meeting on 19th June 2024. I apologise for the delay in "
			+ "responding to you.";

	static final List<String> STRENGTHS = List.of(
			"The QA Panel noted that this is a thorough and high-quality report which is clearly set out. It has "
					+ "benefited from strong engagement with the family. The report balances considerations around "
					+ "the impact of Salome's ethnicity and heritage, whilst respecting the family's steer that "
					+ "Salome identified as a British woman.",
			"The report is strengthened through its exploration of Salome's interactions with Social Services, "
					+ "including failures of professionals to question the impact supporting an ex-partner had on "
					+ "Salome.",
			"The report was described by the Panel as honest and probing, with a good use of research to evidence "
					+ "claims. This has resulted in some clear and specific findings, which have been praised by the "
					+ "QA Panel.");

	static final String OUTCOME = "The QA Panel felt that there are some aspects of the report which may benefit "
			+ "from further revision, but the Home Office is content that on completion of these changes, the DHR may "
			+ "be published.";

	static final String LIST_HEADING = "Areas for final development:";

	/** Text, paragraph reference and category of each area for final development. */
	static final List<String[]> AREAS = List.of(
			new String[] { "In 16.2.7 Ahmed is referred to by another name.", "16.2.7", "PSEUDONYM_OR_ANONYMISATION" },
			new String[] { "The front page is missing the month of death, which should be added.", "Front page",
					"MISSING_FACT_OR_DATE" },
			new String[] { "It would be beneficial to have a rationale as to why Ahmed's friend was not contacted "
					+ "during the drafting of the report, as this could have been an opportunity to further "
					+ "understand the perpetrator and/or the victim.", null, "MISSING_RATIONALE" },
			new String[] { "The CSP should provide an explanation of why the family was notified of the DHR in June "
					+ "2023, two years after the panel first met. This should expand on the reference in 1.4 where "
					+ "it stated that this was on advice of the Senior Investigating Officer.", "1.4",
					"FAMILY_ENGAGEMENT" },
			new String[] { "The report refers to an agency review but did not name which agency did this. It would be "
					+ "helpful if their name could be included.", null, "NAMING_AGENCIES" },
			new String[] { "The timescale of the review section could be tightened to make it more concise and "
					+ "accessible.", null, "TIMESCALES" },
			new String[] { "The report would benefit from a thorough proofread before publication.", null,
					"PROOFREADING" });

	static final String PUBLICATION_INSTRUCTIONS = String.join("\n\n",
			"Once completed the Home Office would be grateful if you could provide us with a digital copy of the "
					+ "revised final version of the report with all finalised attachments and appendices and the "
					+ "weblink to the site where the report will be published. Please ensure this letter is "
					+ "published alongside the report.",
			"Please send the digital copy and weblink to DHREnquiries@homeoffice.gov.uk. This is for our own "
					+ "records for future analysis to go towards highlighting best practice and to inform public "
					+ "policy.",
			"The DHR report including the executive summary and action plan should be converted to a PDF document "
					+ "and be smaller than 20 MB in size; this final Home Office QA Panel feedback letter should be "
					+ "attached to the end of the report as an annex; and the DHR Action Plan should be added to the "
					+ "report as an annex. This should include all implementation updates and note that the action "
					+ "plan is a live document and subject to change as outcomes are delivered.",
			"Please also send a digital copy to the Domestic Abuse Commissioner at "
					+ "DHR@domesticabusecommissioner.independent.gov.uk");

	static final String CLOSING = "On behalf of the QA Panel, I would like to thank you, the report chair and author, "
			+ "and other colleagues for the considerable work that you have put into this review.";

	static final String SIGN_OFF = "Yours sincerely,\n\nHome Office DHR Quality Assurance Panel";

	private SalomeLetter() {
	}

}
