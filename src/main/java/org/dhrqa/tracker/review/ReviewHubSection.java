package org.dhrqa.tracker.review;

import org.dhrqa.tracker.account.SignedInUser;

/**
 * A section that another module adds to the review hub (letters, feedback items, action
 * plan, publication), so that the hub links to everything about a review without
 * depending on the modules that own those things. The fragment is called as
 * {@code section(data)}.
 */
public interface ReviewHubSection {

	/**
	 * The template holding the fragment {@code section(data)}, for example "letter/hub".
	 */
	String template();

	/** What the fragment shows, for a review the person may see. */
	Object data(ReviewView review, SignedInUser user);

	/** Sections are shown in ascending order. */
	int order();

}
