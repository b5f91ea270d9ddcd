package org.dhrqa.tracker.account;

import java.util.EnumSet;
import java.util.Set;

import static org.dhrqa.tracker.account.Role.ADMINISTRATOR;
import static org.dhrqa.tracker.account.Role.CSP_MANAGER;
import static org.dhrqa.tracker.account.Role.CSP_STAFF;
import static org.dhrqa.tracker.account.Role.MANAGER;
import static org.dhrqa.tracker.account.Role.QA_SECRETARIAT;

/**
 * Who may do what: every decision the service makes about a person is one of these,
 * defined here and nowhere else. A CSP role holds a permission for its own CSP only; the
 * Home Office roles hold theirs for every CSP. Services enforce them (see
 * {@link SignedInUser#require}); templates ask them through the {@code perm} model
 * variable so nobody is shown a control they may not use.
 */
public enum Permission {

	/** See a review and everything about it (letters as issued, items, plan, files). */
	SEE_REVIEW(CSP_STAFF, CSP_MANAGER, QA_SECRETARIAT, MANAGER, ADMINISTRATOR),

	/** Register a new review for a CSP. */
	REGISTER_REVIEW(CSP_STAFF, CSP_MANAGER, QA_SECRETARIAT, ADMINISTRATOR),

	/** Correct a review's facts: reference, pseudonyms, dates, chair and author. */
	EDIT_FACTS(CSP_STAFF, CSP_MANAGER, QA_SECRETARIAT, ADMINISTRATOR),

	/**
	 * Record the stages the CSP owns (decision, commissioned, submitted, revising...).
	 */
	RECORD_STAGE(CSP_STAFF, CSP_MANAGER),

	/** Correct a wrong stage, with a reason kept in the history. */
	CORRECT_STAGE(QA_SECRETARIAT, ADMINISTRATOR),

	/** Upload a version of the report. */
	UPLOAD_REPORTS(CSP_STAFF, CSP_MANAGER, QA_SECRETARIAT, ADMINISTRATOR),

	/** Work on feedback items: assign, set due dates, respond, resubmit. */
	WORK_ON_ITEMS(CSP_STAFF, CSP_MANAGER),

	/**
	 * Give many items at once to people and due dates (the CSP's manager allocates work).
	 */
	ALLOCATE_ITEMS(CSP_MANAGER),

	/** Comment on a feedback item (the CSP and the secretariat talk on the item). */
	COMMENT_ON_ITEMS(CSP_STAFF, CSP_MANAGER, QA_SECRETARIAT),

	/** Accept or return a response. */
	DECIDE_ITEMS(QA_SECRETARIAT),

	/** See panel meetings and the turnaround of letters. */
	SEE_MEETINGS(QA_SECRETARIAT, MANAGER, ADMINISTRATOR),

	/** Schedule meetings, draft, issue and correct letters. */
	DRAFT_LETTERS(QA_SECRETARIAT),

	/** Import a letter received outside the service. */
	IMPORT_LETTERS(CSP_STAFF, CSP_MANAGER, QA_SECRETARIAT),

	/** Import many received letters at once, for any CSP (the back catalogue). */
	IMPORT_BACK_CATALOGUE(QA_SECRETARIAT),

	/** Keep the action plan: recommendations, actions, dated updates, imports. */
	KEEP_ACTION_PLAN(CSP_STAFF, CSP_MANAGER),

	/** Work through the publication checklist and assemble the pack. */
	ACT_ON_PUBLICATION(CSP_STAFF, CSP_MANAGER),

	/** Let publication go ahead with items still open, for a recorded reason. */
	OVERRIDE_READINESS(CSP_MANAGER, MANAGER),

	/**
	 * Be told each morning of the CSP's overdue feedback items and drifting actions (the
	 * CSP's managers, who can act on slippage).
	 */
	HEAR_OF_SLIPPAGE(CSP_MANAGER),

	/** See the dashboard of readiness and slippage. */
	SEE_DASHBOARD(CSP_MANAGER, QA_SECRETARIAT, MANAGER, ADMINISTRATOR),

	/** Keep people, CSPs, the standard letter wording; read every email sent. */
	ADMINISTER(ADMINISTRATOR);

	private final Set<Role> roles;

	Permission(Role... roles) {
		this.roles = EnumSet.of(roles[0], roles);
	}

	/** Whether this role holds the permission at all (for some CSP). */
	public boolean heldBy(Role role) {
		return this.roles.contains(role);
	}

	/** The roles that hold it, for documentation and tests. */
	public Set<Role> roles() {
		return EnumSet.copyOf(this.roles);
	}

}
