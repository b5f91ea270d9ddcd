package org.dhrqa.tracker.letter;

import java.time.LocalDate;
import java.util.Locale;

import org.dhrqa.tracker.account.Permission;
import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.shared.web.FieldRules;
import org.dhrqa.tracker.shared.web.Formats;
import org.dhrqa.tracker.shared.web.Option;

import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /meetings}: the secretariat schedules QA Panel meetings and the reviews each
 * considers.
 */
@Controller
class MeetingController {

	private final Meetings meetings;

	private final LetterDrafting drafting;

	private final MessageSource messages;

	private final Formats formats;

	MeetingController(Meetings meetings, LetterDrafting drafting, MessageSource messages, Formats formats) {
		this.meetings = meetings;
		this.drafting = drafting;
		this.messages = messages;
		this.formats = formats;
	}

	@GetMapping("/meetings")
	String list(@AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("meetings", this.meetings.all(user));
		return "letter/meetings";
	}

	@GetMapping("/meetings/new")
	String initScheduleForm(@AuthenticationPrincipal SignedInUser user, Model model) {
		user.require(Permission.DRAFT_LETTERS);
		model.addAttribute("form", new LetterForms.MeetingForm());
		return "letter/meeting-form";
	}

	@PostMapping("/meetings/new")
	String processScheduleForm(@ModelAttribute("form") LetterForms.MeetingForm form, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
		user.require(Permission.DRAFT_LETTERS);
		LocalDate date = form.getDate()
			.validate(result, "date", new DefaultMessageSourceResolvable("meeting.name.date"), true, null);
		if (date != null && this.meetings.exists(date)) {
			result.rejectValue("date", "meeting.date.duplicate");
		}
		if (result.hasErrors()) {
			return "letter/meeting-form";
		}
		Long id;
		try {
			id = this.meetings.scheduleNew(date, user);
		}
		catch (MeetingDateTakenException ex) {
			// someone scheduled the same date a moment ago: the words a slower duplicate
			// gets
			result.rejectValue("date", "meeting.date.duplicate");
			return "letter/meeting-form";
		}
		redirect.addFlashAttribute("flash", msg("meeting.scheduled"));
		return "redirect:/meetings/" + id;
	}

	@GetMapping("/meetings/{id:\\d+}")
	String show(@PathVariable Long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		return showMeeting(id, new LetterForms.ConsiderForm(), user, model);
	}

	@PostMapping("/meetings/{id:\\d+}/reviews")
	String consider(@PathVariable Long id, @ModelAttribute("form") LetterForms.ConsiderForm form, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		user.require(Permission.DRAFT_LETTERS);
		Long reviewId = FieldRules.parseId(form.getReview());
		boolean waiting = reviewId != null
				&& this.meetings.awaitingPanel(id, user).stream().anyMatch((review) -> review.id().equals(reviewId));
		if (!waiting) {
			result.rejectValue("review", "meeting.review.required");
			return showMeeting(id, form, user, model);
		}
		this.meetings.consider(id, reviewId, user);
		redirect.addFlashAttribute("flash", msg("meeting.reviewAdded"));
		return "redirect:/meetings/" + id;
	}

	@PostMapping("/meetings/{id:\\d+}/reviews/{reviewId:\\d+}/letter")
	String startLetter(@PathVariable Long id, @PathVariable Long reviewId, @AuthenticationPrincipal SignedInUser user) {
		Long letterId = this.drafting.startDraft(id, reviewId, user);
		return "redirect:/letters/" + letterId;
	}

	@GetMapping("/meetings/{id:\\d+}/delete")
	String initDelete(@PathVariable Long id, @AuthenticationPrincipal SignedInUser user, Model model,
			RedirectAttributes redirect) {
		user.require(Permission.DRAFT_LETTERS);
		MeetingView meeting = this.meetings.meeting(id, user);
		if (!this.meetings.deletable(id)) {
			redirect.addFlashAttribute("warning", msg("meeting.delete.inUse"));
			return "redirect:/meetings/" + id;
		}
		model.addAttribute("meeting", meeting);
		model.addAttribute("pageTitle", msg("meeting.delete.title", this.formats.date(meeting.date())));
		return "letter/meeting-delete";
	}

	@PostMapping("/meetings/{id:\\d+}/delete")
	String delete(@PathVariable Long id, @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
		user.require(Permission.DRAFT_LETTERS);
		try {
			this.meetings.delete(id, user);
		}
		catch (MeetingInUseException ex) {
			redirect.addFlashAttribute("warning", msg("meeting.delete.inUse"));
			return "redirect:/meetings/" + id;
		}
		redirect.addFlashAttribute("flash", msg("meeting.deleted"));
		return "redirect:/meetings";
	}

	private String showMeeting(Long id, LetterForms.ConsiderForm form, SignedInUser user, Model model) {
		MeetingView meeting = this.meetings.meeting(id, user);
		model.addAttribute("meeting", meeting);
		model.addAttribute("deletable", this.meetings.deletable(id));
		model.addAttribute("pageTitle", msg("meeting.title", this.formats.date(meeting.date())));
		model.addAttribute("form", form);
		model.addAttribute("reviewOptions",
				this.meetings.awaitingPanel(id, user)
					.stream()
					.map((review) -> new Option(review.id().toString(), review.title() + " – " + review.reference()))
					.toList());
		return "letter/meeting";
	}

	private String msg(String key, Object... args) {
		return this.messages.getMessage(key, args, Locale.UK);
	}

}
