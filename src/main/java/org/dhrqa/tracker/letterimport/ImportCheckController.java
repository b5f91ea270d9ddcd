package org.dhrqa.tracker.letterimport;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.csp.CspSummary;
import org.dhrqa.tracker.feedback.FeedbackCategory;
import org.dhrqa.tracker.letter.Outcome;
import org.dhrqa.tracker.letterimport.ImportForms.CheckForm;
import org.dhrqa.tracker.letterimport.ImportForms.UnplacedRow;
import org.dhrqa.tracker.shared.web.Messages;
import org.dhrqa.tracker.shared.web.Option;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
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
 * {@code /letter-imports/{id}}: the letter as read beside the draft, for a person to
 * correct: its dates, CSP, pseudonyms, outcome and heading, each item (edit, move,
 * remove, add), and the text the parser could not place. An import that is not waiting
 * for a person shows where it is instead.
 */
@Controller
class ImportCheckController {

	static final String VIEW = "letterimport/check";

	static final String STATUS_VIEW = "letterimport/status";

	private final LetterImports imports;

	private final Messages messages;

	private final Clock clock;

	ImportCheckController(LetterImports imports, Messages messages, Clock clock) {
		this.imports = imports;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/letter-imports/{id:\\d+}")
	String check(@PathVariable Long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		ImportView view = this.imports.view(id, user);
		if (!view.isParsed()) {
			model.addAttribute("letterImport", view);
			return STATUS_VIEW;
		}
		return show(view, CheckForms.of(this.imports.draft(id, user), view.version()), user, model);
	}

	@PostMapping("/letter-imports/{id:\\d+}")
	String save(@PathVariable Long id, @ModelAttribute("form") CheckForm form, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		ImportView view = this.imports.view(id, user);
		if (!view.isParsed()) {
			return "redirect:/letter-imports/" + id;
		}
		int focus = CheckForms.apply(form);
		boolean complete = CheckForms.CONTINUE.equals(form.getAction());
		CheckForms.validate(form, result, complete, !view.cspFixed(), LocalDate.now(this.clock));
		Long cspId = view.cspFixed() ? view.cspId() : parseId(form.getCsp());
		if (!view.cspFixed() && !form.getCsp().isBlank()
				&& this.imports.cspChoices(user).stream().noneMatch((csp) -> csp.id().equals(cspId))) {
			result.rejectValue("csp", "letterImport.csp.required");
		}
		if (result.hasErrors()) {
			return show(view, form, user, model);
		}
		try {
			this.imports.revise(id, parseVersion(form.getVersion()), CheckForms.draft(form, cspId), user);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			result.reject("letterImport.conflict");
			form.setVersion(String.valueOf(this.imports.view(id, user).version()));
			return show(view, form, user, model);
		}
		if (complete) {
			return "redirect:/letter-imports/" + id + "/review";
		}
		redirect.addFlashAttribute("flash", this.messages.get("letterImport.saved"));
		return "redirect:/letter-imports/" + id + ((focus >= 0) ? "#item-" + focus : "");
	}

	private String show(ImportView view, CheckForm form, SignedInUser user, Model model) {
		model.addAttribute("letterImport", view);
		model.addAttribute("form", form);
		model.addAttribute("cspOptions",
				this.imports.cspChoices(user)
					.stream()
					.map((csp) -> new Option(csp.id().toString(), csp.name()))
					.toList());
		CspSummary ownCsp = view.cspFixed() ? this.imports.cspChoices(user)
			.stream()
			.filter((csp) -> csp.id().equals(view.cspId()))
			.findFirst()
			.orElse(null) : null;
		model.addAttribute("fixedCspName", (ownCsp != null) ? ownCsp.name() : null);
		// a CSP imports only its own letters: say so when this one names another CSP
		if (ownCsp != null && view.cspName() != null && CspNames.match(view.cspName(), List.of(ownCsp)).isEmpty()
				&& !model.containsAttribute("warning")) {
			model.addAttribute("warning", this.messages.get("letterImport.otherCsp", view.cspName(), ownCsp.name()));
		}
		model.addAttribute("outcomeOptions",
				Arrays.stream(Outcome.values())
					.map((o) -> new Option(o.name(), this.messages.get(o.messageKey())))
					.toList());
		model.addAttribute("categoryOptions",
				Arrays.stream(FeedbackCategory.values())
					.map((c) -> new Option(c.name(), this.messages.get(c.messageKey())))
					.toList());
		model.addAttribute("placeOptions",
				List.of(new Option(UnplacedRow.ITEM, this.messages.get("letterImport.place.item")),
						new Option(UnplacedRow.STRENGTH, this.messages.get("letterImport.place.strength")),
						new Option(UnplacedRow.LEAVE_OUT, this.messages.get("letterImport.place.leaveOut"))));
		return VIEW;
	}

	static Long parseId(String value) {
		try {
			return (value == null || value.isBlank()) ? null : Long.valueOf(value.trim());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static long parseVersion(String value) {
		Long version = parseId(value);
		return (version != null) ? version : -1;
	}

}
