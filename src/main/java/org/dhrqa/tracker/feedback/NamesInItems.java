package org.dhrqa.tracker.feedback;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dhrqa.tracker.report.ReportNameSource;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The names a review's feedback items say are wrong, for the report module to look for in
 * each version: "In 16.2.7 Ahmed is referred to by another name" gives Ahmed; "referred
 * to as 'Adam'" gives Adam; in a pseudonym item, any quoted name.
 */
@Component
class NamesInItems implements ReportNameSource {

	private static final String NAME = "(\\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}[\\p{L}'’-]+)?)";

	private static final Pattern BY_ANOTHER_NAME = Pattern
		.compile(NAME + "\\s+(?:is|was|are)\\s+(?:also\\s+)?(?:referred to|named|called|described|identified|mentioned)"
				+ "\\s+(?:by|as|with|under|using)\\s+(?:another|a different|the wrong|an incorrect|a wrong|"
				+ "(?:his|her|their) real)\\s+name");

	private static final Pattern REFERRED_TO_AS = Pattern
		.compile("(?i:referred to as|called|named|written as|spelt|spelled|appears as)\\s+['‘\"“]" + NAME + "['’\"”]");

	private static final Pattern QUOTED = Pattern.compile("['‘\"“]" + NAME + "['’\"”]");

	private final FeedbackItems items;

	private final MessageSource messages;

	NamesInItems(FeedbackItems items, MessageSource messages) {
		this.items = items;
		this.messages = messages;
	}

	@Override
	public List<NameToFind> namesToFind(Long reviewId) {
		List<NameToFind> names = new ArrayList<>();
		for (ItemView item : this.items.liveOfReview(reviewId)) {
			String reason = this.messages.getMessage("item.names.reason", new Object[] { item.number(), item.text() },
					Locale.UK);
			for (String name : namesIn(item.text(), item.category() == FeedbackCategory.PSEUDONYM_OR_ANONYMISATION)) {
				names.add(new NameToFind(name, reason));
			}
		}
		return names;
	}

	static Set<String> namesIn(String text, boolean aboutPseudonyms) {
		Set<String> names = new LinkedHashSet<>();
		collect(BY_ANOTHER_NAME.matcher(text), names);
		collect(REFERRED_TO_AS.matcher(text), names);
		if (aboutPseudonyms) {
			collect(QUOTED.matcher(text), names);
		}
		return names;
	}

	private static void collect(Matcher matcher, Set<String> names) {
		while (matcher.find()) {
			names.add(matcher.group(1));
		}
	}

}
