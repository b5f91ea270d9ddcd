package org.dhrqa.tracker.csp;

import java.util.List;

import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.shared.web.HistoryTimelines;
import org.dhrqa.tracker.shared.web.Messages;
import org.dhrqa.tracker.shared.web.NotFoundException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/csps}: administrators keep the list of CSPs and their contacts (secured
 * to ADMINISTRATOR).
 */
@Controller
class CspAdminController {

	static final String LIST_VIEW = "csp/list";

	static final String FORM_VIEW = "csp/form";

	static final String SHOW_VIEW = "csp/show";

	private static final String EMAIL = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";

	private static final String POSTCODE = "(?i)^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$";

	private final Csps csps;

	private final HistoryTimelines timelines;

	private final Messages messages;

	CspAdminController(Csps csps, HistoryTimelines timelines, Messages messages) {
		this.csps = csps;
		this.timelines = timelines;
		this.messages = messages;
	}

	@GetMapping("/admin/csps")
	String list(Model model) {
		model.addAttribute("csps", this.csps.all());
		return LIST_VIEW;
	}

	@GetMapping("/admin/csps/{id:\\d+}")
	String show(@PathVariable Long id, Model model) {
		CspDetails details = this.csps.details(id).orElseThrow(NotFoundException::new);
		model.addAttribute("id", id);
		model.addAttribute("csp", details);
		model.addAttribute("history", this.timelines.items(this.csps.history(id)));
		return SHOW_VIEW;
	}

	@GetMapping("/admin/csps/new")
	String initCreateForm(Model model) {
		model.addAttribute("form", new CspForm());
		model.addAttribute("id", null);
		return FORM_VIEW;
	}

	@PostMapping("/admin/csps/new")
	String processCreateForm(@ModelAttribute("form") CspForm form, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		validate(form, result, null);
		if (result.hasErrors()) {
			model.addAttribute("id", null);
			return FORM_VIEW;
		}
		Long id = this.csps.create(form.toDetails(), user.actor());
		redirect.addFlashAttribute("flash", this.messages.get("csp.created", form.getName().trim()));
		return "redirect:/admin/csps/" + id;
	}

	@GetMapping("/admin/csps/{id:\\d+}/edit")
	String initUpdateForm(@PathVariable Long id, Model model) {
		CspDetails details = this.csps.details(id).orElseThrow(NotFoundException::new);
		model.addAttribute("form", CspForm.of(details, this.csps.version(id).orElseThrow()));
		model.addAttribute("id", id);
		return FORM_VIEW;
	}

	@PostMapping("/admin/csps/{id:\\d+}/edit")
	String processUpdateForm(@PathVariable Long id, @ModelAttribute("form") CspForm form, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		this.csps.details(id).orElseThrow(NotFoundException::new);
		model.addAttribute("id", id);
		validate(form, result, id);
		if (result.hasErrors()) {
			return FORM_VIEW;
		}
		try {
			this.csps.update(id, form.expectedVersion(), form.toDetails(), user.actor());
		}
		catch (CspChangedMeanwhileException | org.springframework.orm.ObjectOptimisticLockingFailureException ex) {
			var latest = (ex instanceof CspChangedMeanwhileException changed) ? changed.getLatestChange() : null;
			result.reject("admin.conflict",
					new Object[] {
							(latest != null) ? latest.actorName() : this.messages.get("review.conflict.someone") },
					null);
			model.addAttribute("conflictDetails",
					(latest != null) ? this.timelines.items(List.of(latest)).get(0).lines() : List.of());
			form.setVersion(String.valueOf(this.csps.version(id).orElseThrow()));
			return FORM_VIEW;
		}
		redirect.addFlashAttribute("flash", this.messages.get("review.saved"));
		return "redirect:/admin/csps/" + id;
	}

	private void validate(CspForm form, Errors errors, Long id) {
		required(errors, "name", form.getName(), 200);
		required(errors, "area", form.getArea(), 200);
		if (!errors.hasFieldErrors("name") && this.csps.nameInUse(form.getName(), id)) {
			errors.rejectValue("name", "csp.name.duplicate");
		}
		optional(errors, "addressLine1", form.getAddressLine1(), 200);
		optional(errors, "addressLine2", form.getAddressLine2(), 200);
		optional(errors, "town", form.getTown(), 100);
		if (!form.getPostcode().isBlank() && !form.getPostcode().trim().matches(POSTCODE)) {
			errors.rejectValue("postcode", "csp.postcode.invalid");
		}
		optional(errors, "contactName", form.getContactName(), 200);
		optional(errors, "contactRole", form.getContactRole(), 200);
		optional(errors, "contactOrganisation", form.getContactOrganisation(), 200);
		if (!form.getContactEmail().isBlank()
				&& (form.getContactEmail().trim().length() > 320 || !form.getContactEmail().trim().matches(EMAIL))) {
			errors.rejectValue("contactEmail", "email.invalid");
		}
	}

	private static void required(Errors errors, String field, String value, int max) {
		if (value.isBlank()) {
			errors.rejectValue(field, "csp." + field + ".required");
		}
		else {
			optional(errors, field, value, max);
		}
	}

	private static void optional(Errors errors, String field, String value, int max) {
		if (value.trim().length() > max) {
			errors.rejectValue(field, "review.tooLong", new Object[] { max }, null);
		}
	}

}
