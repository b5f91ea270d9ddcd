package org.dhrqa.tracker.letter;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;

import org.dhrqa.tracker.account.Role;
import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.feedback.FeedbackCategory;
import org.dhrqa.tracker.shared.web.Option;

import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /letters/{id}}: a letter, its preview and PDF; for the secretariat, the draft's
 * wording, strengths and areas, issuing and corrections.
 */
@Controller
class LetterController {

	static final String VIEW = "letter/letter";

	private static final int MAX_TEXT = 5000;

	private final Letters letters;

	private final MessageSource messages;

	LetterController(Letters letters, MessageSource messages) {
		this.letters = letters;
		this.messages = messages;
	}

	@GetMapping("/letters/{id:\\d+}")
	String show(@PathVariable Long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		return showLetter(id, new LetterForms.TextForm(), new LetterForms.ItemForm(), user, model);
	}

	@GetMapping(path = "/letters/{id:\\d+}/preview", produces = MediaType.TEXT_HTML_VALUE)
	@ResponseBody
	String preview(@PathVariable Long id, @AuthenticationPrincipal SignedInUser user) {
		return this.letters.html(id, user);
	}

	@GetMapping("/letters/{id:\\d+}/letter.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable Long id, @AuthenticationPrincipal SignedInUser user) {
		byte[] pdf = this.letters.pdf(id, user);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(this.letters.pdfFilename(id, user)).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(pdf);
	}

	// Wording

	@GetMapping("/letters/{id:\\d+}/edit")
	String initEditForm(@PathVariable Long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		LetterView letter = requireDraft(id, user);
		model.addAttribute("letter", letter);
		model.addAttribute("form", LetterForm.of(this.letters.content(id, user), letter.version()));
		model.addAttribute("outcomeOptions", outcomeOptions());
		return "letter/edit";
	}

	@PostMapping("/letters/{id:\\d+}/edit")
	String processEditForm(@PathVariable Long id, @ModelAttribute("form") LetterForm form, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		LetterView letter = requireDraft(id, user);
		form.getLetterDate()
			.validate(result, "letterDate", new DefaultMessageSourceResolvable("letter.name.letterDate"), false,
					LocalDate.now().plusDays(60));
		required(result, "addresseeName", form.getAddresseeName(), 200);
		required(result, "salutation", form.getSalutation(), 200);
		required(result, "opening", form.getOpening(), MAX_TEXT);
		required(result, "listHeading", form.getListHeading(), 200);
		required(result, "publicationInstructions", form.getPublicationInstructions(), MAX_TEXT);
		required(result, "closing", form.getClosing(), MAX_TEXT);
		required(result, "signOff", form.getSignOff(), 500);
		required(result, "letterhead", form.getLetterhead(), 1000);
		Outcome outcome = Arrays.stream(Outcome.values())
			.filter((o) -> o.name().equals(form.getOutcome()))
			.findFirst()
			.orElse(null);
		if (outcome == null) {
			result.rejectValue("outcome", "letter.outcome.required");
		}
		else if (outcome != letter.outcome() && form.getOutcomeText()
			.trim()
			.equals(this.letters.outcomeWording(id, letter.outcome(), user).trim())) {
			// the standard sentence of the old outcome follows the outcome that replaced
			// it
			form.setOutcomeText(this.letters.outcomeWording(id, outcome, user));
		}
		required(result, "outcomeText", form.getOutcomeText(), MAX_TEXT);
		if (result.hasErrors()) {
			model.addAttribute("letter", letter);
			model.addAttribute("outcomeOptions", outcomeOptions());
			return "letter/edit";
		}
		try {
			this.letters.edit(id, form.expectedVersion(), form.toContent(), user);
		}
		catch (LetterChangedMeanwhileException | org.springframework.orm.ObjectOptimisticLockingFailureException ex) {
			result.reject("letter.conflict");
			form.setVersion(String.valueOf(this.letters.requireVisible(id, user).version()));
			model.addAttribute("letter", letter);
			model.addAttribute("outcomeOptions", outcomeOptions());
			return "letter/edit";
		}
		redirect.addFlashAttribute("flash", msg("letter.saved"));
		return "redirect:/letters/" + id;
	}

	// Strengths

	@PostMapping("/letters/{id:\\d+}/strengths")
	String addStrength(@PathVariable Long id, @ModelAttribute("strengthForm") LetterForms.TextForm form,
			BindingResult result, @AuthenticationPrincipal SignedInUser user, Model model,
			RedirectAttributes redirect) {
		required(result, "text", form.getText(), MAX_TEXT, "letter.strength.required");
		if (result.hasErrors()) {
			return showLetter(id, form, new LetterForms.ItemForm(), user, model);
		}
		this.letters.addStrength(id, form.getText(), user);
		redirect.addFlashAttribute("flash", msg("letter.strength.added"));
		return "redirect:/letters/" + id + "#strengths";
	}

	@GetMapping("/letters/{id:\\d+}/strengths/{index:\\d+}/edit")
	String initStrengthForm(@PathVariable Long id, @PathVariable int index, @AuthenticationPrincipal SignedInUser user,
			Model model) {
		LetterView letter = requireDraft(id, user);
		if (index >= letter.strengths().size()) {
			throw new org.dhrqa.tracker.shared.web.NotFoundException();
		}
		LetterForms.TextForm form = new LetterForms.TextForm();
		form.setText(letter.strengths().get(index));
		model.addAttribute("letter", letter);
		model.addAttribute("form", form);
		model.addAttribute("index", index);
		return "letter/strength";
	}

	@PostMapping("/letters/{id:\\d+}/strengths/{index:\\d+}/edit")
	String processStrengthForm(@PathVariable Long id, @PathVariable int index,
			@ModelAttribute("form") LetterForms.TextForm form, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		LetterView letter = requireDraft(id, user);
		required(result, "text", form.getText(), MAX_TEXT, "letter.strength.required");
		if (result.hasErrors()) {
			model.addAttribute("letter", letter);
			model.addAttribute("index", index);
			return "letter/strength";
		}
		this.letters.editStrength(id, index, form.getText(), user);
		redirect.addFlashAttribute("flash", msg("letter.saved"));
		return "redirect:/letters/" + id + "#strengths";
	}

	@PostMapping("/letters/{id:\\d+}/strengths/{index:\\d+}/remove")
	String removeStrength(@PathVariable Long id, @PathVariable int index, @AuthenticationPrincipal SignedInUser user,
			RedirectAttributes redirect) {
		this.letters.removeStrength(id, index, user);
		redirect.addFlashAttribute("flash", msg("letter.strength.removed"));
		return "redirect:/letters/" + id + "#strengths";
	}

	@PostMapping("/letters/{id:\\d+}/strengths/{index:\\d+}/move")
	String moveStrength(@PathVariable Long id, @PathVariable int index, @RequestParam String direction,
			@AuthenticationPrincipal SignedInUser user) {
		this.letters.moveStrength(id, index, "up".equals(direction) ? -1 : 1, user);
		return "redirect:/letters/" + id + "#strengths";
	}

	// Areas for development (feedback items)

	@PostMapping("/letters/{id:\\d+}/items")
	String addItem(@PathVariable Long id, @ModelAttribute("itemForm") LetterForms.ItemForm form, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		FeedbackCategory category = validateItem(form, result);
		if (result.hasErrors()) {
			return showLetter(id, new LetterForms.TextForm(), form, user, model);
		}
		this.letters.addItem(id, form.getArea(), form.getParagraphRef(), category, user);
		redirect.addFlashAttribute("flash", msg("letter.item.added"));
		return "redirect:/letters/" + id + "#items";
	}

	@GetMapping("/letters/{id:\\d+}/items/{itemId:\\d+}/edit")
	String initItemForm(@PathVariable Long id, @PathVariable Long itemId, @AuthenticationPrincipal SignedInUser user,
			Model model) {
		LetterView letter = requireDraft(id, user);
		var item = letter.items()
			.stream()
			.filter((candidate) -> candidate.id().equals(itemId))
			.findFirst()
			.orElseThrow(org.dhrqa.tracker.shared.web.NotFoundException::new);
		LetterForms.ItemForm form = new LetterForms.ItemForm();
		form.setArea(item.text());
		form.setParagraphRef(item.paragraphRef());
		form.setCategory(item.category().name());
		model.addAttribute("letter", letter);
		model.addAttribute("item", item);
		model.addAttribute("form", form);
		model.addAttribute("categoryOptions", categoryOptions());
		return "letter/item";
	}

	@PostMapping("/letters/{id:\\d+}/items/{itemId:\\d+}/edit")
	String processItemForm(@PathVariable Long id, @PathVariable Long itemId,
			@ModelAttribute("form") LetterForms.ItemForm form, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		LetterView letter = requireDraft(id, user);
		FeedbackCategory category = validateItem(form, result);
		if (result.hasErrors()) {
			model.addAttribute("letter", letter);
			model.addAttribute("item",
					letter.items()
						.stream()
						.filter((candidate) -> candidate.id().equals(itemId))
						.findFirst()
						.orElseThrow(org.dhrqa.tracker.shared.web.NotFoundException::new));
			model.addAttribute("categoryOptions", categoryOptions());
			return "letter/item";
		}
		this.letters.editItem(id, itemId, form.getArea(), form.getParagraphRef(), category, user);
		redirect.addFlashAttribute("flash", msg("letter.saved"));
		return "redirect:/letters/" + id + "#items";
	}

	@PostMapping("/letters/{id:\\d+}/items/{itemId:\\d+}/remove")
	String removeItem(@PathVariable Long id, @PathVariable Long itemId, @AuthenticationPrincipal SignedInUser user,
			RedirectAttributes redirect) {
		this.letters.removeItem(id, itemId, user);
		redirect.addFlashAttribute("flash", msg("letter.item.removed"));
		return "redirect:/letters/" + id + "#items";
	}

	@PostMapping("/letters/{id:\\d+}/items/{itemId:\\d+}/move")
	String moveItem(@PathVariable Long id, @PathVariable Long itemId, @RequestParam String direction,
			@AuthenticationPrincipal SignedInUser user) {
		this.letters.moveItem(id, itemId, "up".equals(direction) ? -1 : 1, user);
		return "redirect:/letters/" + id + "#items";
	}

	// Issuing and correcting

	@GetMapping("/letters/{id:\\d+}/issue")
	String initIssue(@PathVariable Long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		LetterView letter = requireDraft(id, user);
		LetterForms.IssueForm form = new LetterForms.IssueForm();
		form.setVersion(String.valueOf(letter.version()));
		model.addAttribute("letter", letter);
		model.addAttribute("form", form);
		return "letter/issue";
	}

	@PostMapping("/letters/{id:\\d+}/issue")
	String issue(@PathVariable Long id, @ModelAttribute("form") LetterForms.IssueForm form, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		LetterView letter = this.letters.requireVisible(id, user);
		if (!letter.isDraft()) {
			// a second click, or a second person: the letter went out once
			redirect.addFlashAttribute("flash", msg("letter.alreadyIssued"));
			return "redirect:/letters/" + id;
		}
		Letters.requireSecretariat(user);
		try {
			this.letters.issue(id, parseVersion(form.getVersion()), user);
		}
		catch (LetterChangedMeanwhileException | org.springframework.orm.ObjectOptimisticLockingFailureException ex) {
			result.reject("letter.issue.conflict");
			form.setVersion(String.valueOf(this.letters.requireVisible(id, user).version()));
			model.addAttribute("letter", this.letters.requireVisible(id, user));
			return "letter/issue";
		}
		redirect.addFlashAttribute("flash", msg("letter.issued"));
		return "redirect:/letters/" + id;
	}

	@GetMapping("/letters/{id:\\d+}/correct")
	String initCorrection(@PathVariable Long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		Letters.requireSecretariat(user);
		model.addAttribute("letter", this.letters.requireVisible(id, user));
		model.addAttribute("form", new LetterForms.ReasonForm());
		return "letter/correct";
	}

	@PostMapping("/letters/{id:\\d+}/correct")
	String correct(@PathVariable Long id, @ModelAttribute("form") LetterForms.ReasonForm form, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		Letters.requireSecretariat(user);
		LetterView letter = this.letters.requireVisible(id, user);
		required(result, "reason", form.getReason(), 1000, "letter.correction.reasonRequired");
		if (letter.status() != LetterStatus.ISSUED) {
			result.reject("letter.correction.notIssued");
		}
		if (result.hasErrors()) {
			model.addAttribute("letter", letter);
			return "letter/correct";
		}
		Long draft = this.letters.correct(id, form.getReason(), user);
		redirect.addFlashAttribute("flash", msg("letter.correction.started"));
		return "redirect:/letters/" + draft;
	}

	@PostMapping("/reviews/{reviewId:\\d+}/resubmit")
	String resubmit(@PathVariable Long reviewId, @AuthenticationPrincipal SignedInUser user,
			RedirectAttributes redirect) {
		if (!this.letters.canResubmit(reviewId, user)) {
			redirect.addFlashAttribute("flash", msg("letter.resubmit.notYet"));
			return "redirect:/reviews/" + reviewId;
		}
		this.letters.resubmit(reviewId, user);
		redirect.addFlashAttribute("flash", msg("letter.resubmit.done"));
		return "redirect:/reviews/" + reviewId;
	}

	/** Any change to an issued letter, however it arrives, is refused in words. */
	@ExceptionHandler(LetterAlreadyIssuedException.class)
	String alreadyIssued(jakarta.servlet.http.HttpServletRequest request) {
		java.util.regex.Matcher letter = java.util.regex.Pattern.compile("^/letters/(\\d+)")
			.matcher(request.getRequestURI());
		org.springframework.web.servlet.support.RequestContextUtils.getOutputFlashMap(request)
			.put("flash", msg("letter.immutable"));
		return letter.find() ? "redirect:/letters/" + letter.group(1) : "redirect:/reviews";
	}

	private String showLetter(Long id, LetterForms.TextForm strengthForm, LetterForms.ItemForm itemForm,
			SignedInUser user, Model model) {
		LetterView letter = this.letters.requireVisible(id, user);
		model.addAttribute("letter", letter);
		model.addAttribute("canDraft", letter.isDraft() && user.is(Role.QA_SECRETARIAT));
		model.addAttribute("canCorrect", letter.status() == LetterStatus.ISSUED && user.is(Role.QA_SECRETARIAT));
		model.addAttribute("strengthForm", strengthForm);
		model.addAttribute("itemForm", itemForm);
		for (var entry : java.util.Map.of("strengthForm", strengthForm, "itemForm", itemForm).entrySet()) {
			if (!model.containsAttribute(BindingResult.MODEL_KEY_PREFIX + entry.getKey())) {
				model.addAttribute(BindingResult.MODEL_KEY_PREFIX + entry.getKey(),
						new BeanPropertyBindingResult(entry.getValue(), entry.getKey()));
			}
		}
		model.addAttribute("categoryOptions", categoryOptions());
		return VIEW;
	}

	private LetterView requireDraft(Long id, SignedInUser user) {
		LetterView letter = this.letters.requireVisible(id, user);
		Letters.requireSecretariat(user);
		if (!letter.isDraft()) {
			throw new LetterAlreadyIssuedException();
		}
		return letter;
	}

	private FeedbackCategory validateItem(LetterForms.ItemForm form, Errors errors) {
		required(errors, "area", form.getArea(), MAX_TEXT, "letter.item.required");
		if (form.getParagraphRef().trim().length() > 50) {
			errors.rejectValue("paragraphRef", "review.tooLong", new Object[] { 50 }, null);
		}
		FeedbackCategory category = Arrays.stream(FeedbackCategory.values())
			.filter((c) -> c.name().equals(form.getCategory()))
			.findFirst()
			.orElse(null);
		if (category == null) {
			errors.rejectValue("category", "letter.item.categoryRequired");
		}
		return category;
	}

	private java.util.List<Option> outcomeOptions() {
		return Arrays.stream(Outcome.values()).map((o) -> new Option(o.name(), msg(o.messageKey()))).toList();
	}

	private java.util.List<Option> categoryOptions() {
		return Arrays.stream(FeedbackCategory.values()).map((c) -> new Option(c.name(), msg(c.messageKey()))).toList();
	}

	private static void required(Errors errors, String field, String value, int max) {
		required(errors, field, value, max, "letter." + field + ".required");
	}

	private static void required(Errors errors, String field, String value, int max, String code) {
		if (value == null || value.isBlank()) {
			errors.rejectValue(field, code);
		}
		else if (value.trim().length() > max) {
			errors.rejectValue(field, "review.tooLong", new Object[] { max }, null);
		}
	}

	private static long parseVersion(String value) {
		try {
			return Long.parseLong(value.trim());
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	private String msg(String key, Object... args) {
		return this.messages.getMessage(key, args, Locale.UK);
	}

}
