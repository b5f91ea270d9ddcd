package org.dhrqa.tracker.letter;

import org.dhrqa.tracker.account.Permission;
import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.shared.web.FieldRules;
import org.dhrqa.tracker.shared.web.Messages;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /letters/{id}}: a letter, its preview and PDF; for the secretariat, issuing a
 * draft and starting a correction of an issued letter.
 */
@Controller
class LetterController {

	private final Letters letters;

	private final LetterIssuing issuing;

	private final LetterDrafting drafting;

	private final LetterPage page;

	private final Messages messages;

	LetterController(Letters letters, LetterIssuing issuing, LetterDrafting drafting, LetterPage page,
			Messages messages) {
		this.letters = letters;
		this.issuing = issuing;
		this.drafting = drafting;
		this.page = page;
		this.messages = messages;
	}

	@GetMapping("/letters/{id:\\d+}")
	String show(@PathVariable Long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		return this.page.show(id, new LetterForms.TextForm(), new LetterForms.ItemForm(), user, model);
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

	@GetMapping("/letters/{id:\\d+}/issue")
	String initIssue(@PathVariable Long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		LetterView letter = this.page.requireDraft(id, user);
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
		user.require(Permission.DRAFT_LETTERS);
		if (!letter.isDraft()) {
			// a second click, or a second person: the letter went out once
			redirect.addFlashAttribute("flash", this.messages.get("letter.alreadyIssued"));
			return "redirect:/letters/" + id;
		}
		try {
			this.issuing.issue(id, FieldRules.parseVersion(form.getVersion()), user);
		}
		catch (LetterChangedMeanwhileException | ObjectOptimisticLockingFailureException ex) {
			result.reject("letter.issue.conflict");
			LetterView current = this.letters.requireVisible(id, user);
			form.setVersion(String.valueOf(current.version()));
			model.addAttribute("letter", current);
			return "letter/issue";
		}
		redirect.addFlashAttribute("flash", this.messages.get("letter.issued"));
		return "redirect:/letters/" + id;
	}

	@GetMapping("/letters/{id:\\d+}/discard")
	String initDiscard(@PathVariable Long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("letter", this.page.requireDraft(id, user));
		return "letter/discard";
	}

	@PostMapping("/letters/{id:\\d+}/discard")
	String discard(@PathVariable Long id, @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
		LetterView letter = this.page.requireDraft(id, user);
		this.drafting.discard(id, user);
		redirect.addFlashAttribute("flash", this.messages.get("letter.discarded"));
		return (letter.supersedesLetterId() != null) ? "redirect:/letters/" + letter.supersedesLetterId()
				: "redirect:/meetings/" + letter.meetingId();
	}

	@GetMapping("/letters/{id:\\d+}/correct")
	String initCorrection(@PathVariable Long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		LetterView letter = this.letters.requireVisible(id, user);
		user.require(Permission.DRAFT_LETTERS);
		model.addAttribute("letter", letter);
		model.addAttribute("form", new LetterForms.ReasonForm());
		return "letter/correct";
	}

	@PostMapping("/letters/{id:\\d+}/correct")
	String correct(@PathVariable Long id, @ModelAttribute("form") LetterForms.ReasonForm form, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		LetterView letter = this.letters.requireVisible(id, user);
		user.require(Permission.DRAFT_LETTERS);
		FieldRules.required(result, "reason", form.getReason(), 1000, "letter.correction.reasonRequired");
		if (letter.status() != LetterStatus.ISSUED) {
			result.reject("letter.correction.notIssued");
		}
		if (result.hasErrors()) {
			model.addAttribute("letter", letter);
			return "letter/correct";
		}
		Long draft = this.drafting.correct(id, form.getReason(), user);
		redirect.addFlashAttribute("flash", this.messages.get("letter.correction.started"));
		return "redirect:/letters/" + draft;
	}

}
