package org.dhrqa.tracker.actionplan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;

import org.dhrqa.tracker.shared.web.DateParts;
import org.dhrqa.tracker.shared.web.FieldRules;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * The checks of the plan's forms, field by field, with the service's shared rules
 * ({@link FieldRules}, {@link DateParts}): every text within the length its column keeps,
 * no invisible control characters, dates real and within the years a plan can mean.
 */
@Component
class PlanValidation {

	static final int UPDATE_TEXT_MAX = 5000;

	private final Clock clock;

	PlanValidation(Clock clock) {
		this.clock = clock;
	}

	/** The update an update form asks for, once the form is valid. */
	record Update(LocalDate date, String text, ActionStatus newStatus) {

	}

	/**
	 * Checks a recommendation form; the scope chosen, or null when the form has errors.
	 */
	Scope recommendation(PlanForms.RecommendationForm form, Errors errors, boolean numberRequired) {
		if (numberRequired) {
			text(errors, "number", form.getNumber(), Recommendation.NUMBER_MAX, "plan.number.required");
		}
		else {
			optionalText(errors, "number", form.getNumber(), Recommendation.NUMBER_MAX);
		}
		text(errors, "recommendation", form.getRecommendation(), Recommendation.TEXT_MAX,
				"plan.recommendation.required");
		Scope scope = Arrays.stream(Scope.values())
			.filter((s) -> s.name().equals(form.getScope()))
			.findFirst()
			.orElse(null);
		if (scope == null) {
			errors.rejectValue("scope", "plan.scope.required");
		}
		optionalText(errors, "addressedTo", form.getAddressedTo(), Recommendation.ADDRESSED_TO_MAX);
		return errors.hasErrors() ? null : scope;
	}

	/** Checks an action form; the details, or null when the form has errors. */
	ActionDetails action(PlanForms.ActionForm form, Errors errors) {
		text(errors, "actionText", form.getActionText(), PlanAction.TEXT_MAX, "plan.action.required");
		text(errors, "leadAgency", form.getLeadAgency(), PlanAction.LEAD_MAX, "plan.lead.required");
		optionalText(errors, "keyMilestones", form.getKeyMilestones(), PlanAction.TEXT_MAX);
		LocalDate target = date(errors, form.getTargetDate(), "targetDate", "plan.name.targetDate", false, null);
		LocalDate completed = date(errors, form.getCompletedOn(), "completedOn", "plan.name.completedOn", false,
				LocalDate.now(this.clock));
		ActionStatus status = status(form.getStatus());
		if (status == null) {
			errors.rejectValue("status", "plan.status.invalid");
		}
		if (status == ActionStatus.COMPLETE || completed != null) {
			if (form.getCompletedOn().isEmpty()) {
				errors.rejectValue("completedOn", "plan.completedOn.required");
			}
			if (form.getCompletionOutcome().isBlank()) {
				errors.rejectValue("completionOutcome", "plan.completionOutcome.required");
			}
		}
		optionalText(errors, "completionOutcome", form.getCompletionOutcome(), PlanAction.TEXT_MAX);
		if (errors.hasErrors()) {
			return null;
		}
		return new ActionDetails(form.getActionText().trim(), form.getLeadAgency().trim(),
				PlanText.blankToNull(form.getKeyMilestones()), target, completed,
				PlanText.blankToNull(form.getCompletionOutcome()), status);
	}

	/** Checks an update form; the update, or null when the form has errors. */
	Update update(PlanForms.UpdateForm form, Errors errors) {
		LocalDate date = date(errors, form.getUpdateDate(), "updateDate", "plan.name.updateDate", true,
				LocalDate.now(this.clock));
		text(errors, "updateText", form.getUpdateText(), UPDATE_TEXT_MAX, "plan.update.required");
		ActionStatus status = status(form.getNewStatus());
		if (!form.getNewStatus().isBlank() && status == null) {
			errors.rejectValue("newStatus", "plan.status.invalid");
		}
		return errors.hasErrors() ? null : new Update(date, form.getUpdateText().trim(), status);
	}

	/** The choice an import's confirmation made, or null when it made none. */
	static ImportMode mode(PlanForms.ChoiceForm form) {
		return Arrays.stream(ImportMode.values())
			.filter((m) -> m.name().equals(form.getMode()))
			.findFirst()
			.orElse(null);
	}

	static ActionStatus status(String value) {
		return Arrays.stream(ActionStatus.values()).filter((s) -> s.name().equals(value)).findFirst().orElse(null);
	}

	// control characters never reach here: the shared InputAdvice refuses them when
	// binding
	private static void text(Errors errors, String field, String value, int max, String requiredCode) {
		FieldRules.required(errors, field, value, max, requiredCode);
	}

	private static void optionalText(Errors errors, String field, String value, int max) {
		FieldRules.maxLength(errors, field, value, max);
	}

	private static LocalDate date(Errors errors, DateParts parts, String field, String nameKey, boolean required,
			LocalDate latest) {
		DefaultMessageSourceResolvable name = new DefaultMessageSourceResolvable(nameKey);
		LocalDate date = parts.validate(errors, field, name, required, latest);
		if (date != null && !PlanDates.inRange(date)) {
			errors.rejectValue(field, "plan.date.range", new Object[] { name,
					String.valueOf(PlanDates.EARLIEST.getYear()), String.valueOf(PlanDates.LATEST.getYear()) }, null);
			return null;
		}
		return date;
	}

}
