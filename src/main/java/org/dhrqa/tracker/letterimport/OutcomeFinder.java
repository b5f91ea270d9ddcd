package org.dhrqa.tracker.letterimport;

import java.util.List;
import java.util.regex.Pattern;

import org.dhrqa.tracker.letter.Outcome;

/**
 * The panel's decision, from the sentences that state it. A request to resubmit outweighs
 * everything (unless it says there is no need), then publication on conditions, then
 * plain approval. Letters that say none of these are judged by whether they list changes.
 */
final class OutcomeFinder {

	private static final int FLAGS = Pattern.CASE_INSENSITIVE;

	private static final Pattern RESUBMIT = Pattern.compile("\\bre-?submi(t|ts|tted|tting|ssion)\\b"
			+ "|\\b(return|bring|brought|send|sent|submit)\\w*\\s+(it|the (revised |amended |updated |final )?"
			+ "(overview )?(report|dhr|review))\\s+(back|again)\\b"
			+ "|\\b(returned|sent back|brought back|re-?presented|re-?considered|reconsideration|come back|go back"
			+ "|return)\\b[^.]{0,40}\\b(qa panel|the panel|quality assurance panel)\\b"
			+ "|\\b(see|review|read|consider|look at|reconsider) (it|the (revised |amended |updated )?(report|dhr|review))"
			+ " (again|before (it is )?(publi|finali|approv))"
			+ "|\\brequires? (significant|substantial|considerable|major|extensive) (further )?(work|revision|amendment"
			+ "|change)s?\\b"
			+ "|\\b(cannot|can ?not|could not|unable to|not able to) (yet )?(be )?(approved?|endorsed?)\\b"
			+ "|\\b(is|was|has) not (been )?(yet )?approved\\b|\\bnot (yet )?(content|satisfied) (that|for)\\b"
			+ "|\\bnot in a position to (approve|agree|endorse)\\b|\\bfurther (consideration|review) by the (qa )?panel\\b"
			+ "|\\ba (future|later|subsequent) (qa )?panel( meeting)?\\b", FLAGS);

	private static final Pattern NO_NEED = Pattern.compile("\\b(no need|not (need|necessary|required|needed)|need not"
			+ "|needn't|does not need|do not need|without (the need|needing|a need)|not have to|does not have to)\\b",
			FLAGS);

	private static final String CHANGES = "(changes?|amendments?|revisions?|points?|areas?|issues?|comments?)";

	private static final String SOME_CHANGES = "(changes|amendments|revisions|points|areas|issues|comments)";

	private static final Pattern CONDITIONAL = Pattern.compile("\\bon completion of\\b"
			+ "|\\bsubject to (the |these |some |minor |a few |following |further |small )*" + SOME_CHANGES + "\\b"
			+ "|\\bapproved,? subject to\\b|\\bsubject to (the )?(qa )?panel'?s\\b"
			+ "|\\b(once|when|after|following|provided( that)?|upon)\\b[^.]{0,60}\\b" + CHANGES
			+ "\\b[^.]{0,40}\\b(made|completed|addressed|done|actioned|incorporated|considered|taken into account"
			+ "|reflected)\\b|\\b(may|can|could) (then )?be published (once|when|after|following|subject|provided|on)\\b"
			+ "|\\bbenefit from (further|some|minor) (revision|amendment|change)s?,? but\\b"
			+ "|\\bconditional(ly)? (approv|on|upon)|\\bminor (amendments|changes|revisions) (are|were) (required|needed)\\b",
			FLAGS);

	private static final Pattern APPROVED = Pattern.compile("\\b(content|happy|pleased|agreed?|approved?|satisfied)"
			+ "\\b[^.]{0,80}\\b(may|can|could|should|to) (now )?be published\\b"
			+ "|\\bapproved? (it |the (report|dhr|review) )?for publication\\b"
			+ "|\\b(report|dhr|review) (is|was|has been) approved\\b|\\bcontent for the (report|dhr|review) to be published"
			+ "|\\bno (further )?(changes|amendments|revisions) (are |were )?(required|needed|necessary)\\b"
			+ "|\\b(may|can) (now )?(proceed to|go ahead with|move to) publication\\b|\\bcleared for publication\\b"
			+ "|\\boutcome\\s*[:-]\\s*approved\\s*$", FLAGS);

	private OutcomeFinder() {
	}

	/**
	 * @param statements the letter's sentences that are not items, strengths lists or
	 * publication steps
	 * @param itemCount how many items the letter lists
	 */
	static Outcome decide(List<String> statements, int itemCount) {
		boolean conditional = false;
		boolean approved = false;
		for (String paragraph : statements) {
			for (String sentence : sentences(Phrases.plain(paragraph))) {
				if (RESUBMIT.matcher(sentence).find() && !NO_NEED.matcher(sentence).find()) {
					return Outcome.RESUBMIT;
				}
				conditional |= CONDITIONAL.matcher(sentence).find();
				approved |= APPROVED.matcher(sentence).find();
			}
		}
		if (conditional) {
			return Outcome.APPROVED_SUBJECT_TO_CHANGES;
		}
		if (approved) {
			return Outcome.APPROVED;
		}
		return (itemCount > 0) ? Outcome.APPROVED_SUBJECT_TO_CHANGES : Outcome.APPROVED;
	}

	/** Whether a paragraph says anything about the decision. */
	static boolean states(String paragraph) {
		String plain = Phrases.plain(paragraph);
		return RESUBMIT.matcher(plain).find() || CONDITIONAL.matcher(plain).find() || APPROVED.matcher(plain).find();
	}

	static List<String> sentences(String text) {
		return List.of(text.split("(?<=[.!?])\\s+(?=[A-Z\"'(])"));
	}

}
