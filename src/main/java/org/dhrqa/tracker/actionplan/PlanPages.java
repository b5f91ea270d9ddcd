package org.dhrqa.tracker.actionplan;

import java.util.Arrays;
import java.util.List;

import org.dhrqa.tracker.review.ReviewView;
import org.dhrqa.tracker.shared.web.Formats;
import org.dhrqa.tracker.shared.web.Messages;
import org.dhrqa.tracker.shared.web.Option;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/** What the plan's pages share: the choices they offer and the words of a conflict. */
@Component
class PlanPages {

	private final Messages messages;

	private final Formats formats;

	PlanPages(Messages messages, Formats formats) {
		this.messages = messages;
		this.formats = formats;
	}

	List<Option> scopeOptions() {
		return Arrays.stream(Scope.values())
			.map((s) -> new Option(s.name(), this.messages.get(s.messageKey())))
			.toList();
	}

	List<Option> statusOptions() {
		return Arrays.stream(ActionStatus.values())
			.map((s) -> new Option(s.name(), this.messages.get(s.messageKey())))
			.toList();
	}

	/**
	 * The choices an import offers: what to do with matched actions only when there are
	 * some.
	 */
	List<Option> modeOptions(long matched) {
		List<ImportMode> modes = (matched > 0)
				? List.of(ImportMode.SKIP, ImportMode.UPDATE, ImportMode.ADD, ImportMode.REPLACE)
				: List.of(ImportMode.ADD, ImportMode.REPLACE);
		return modes.stream()
			.map((mode) -> new Option(mode.name(), this.messages.get(mode.messageKey(), matched)))
			.toList();
	}

	/**
	 * Refuses a form saved from a page someone else changed meanwhile, naming them and
	 * when.
	 */
	void rejectChangedMeanwhile(Errors errors, String what, PlanChangedMeanwhileException ex) {
		if (ex.changedBy() == null || ex.changedAt() == null) {
			errors.reject("plan.conflict.someone", new Object[] { this.messages.get(what) }, null);
		}
		else {
			errors.reject("plan.conflict",
					new Object[] { ex.changedBy(), this.messages.get(what), this.formats.dateTime(ex.changedAt()) },
					null);
		}
	}

	/**
	 * "Action plan Ben.csv": the review's pseudonyms, and nothing a file system refuses.
	 */
	String filename(ReviewView review, String key, String extension) {
		return (this.messages.get(key, review.victimPseudonyms()) + "." + extension).replaceAll("[^A-Za-z0-9 ._-]", "");
	}

}
