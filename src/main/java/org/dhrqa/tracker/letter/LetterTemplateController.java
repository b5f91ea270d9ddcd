package org.dhrqa.tracker.letter;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.shared.web.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/letter-wording}: administrators keep the standard wording new letters
 * start from (secured to ADMINISTRATOR). Letters already drafted or issued keep their own
 * words.
 */
@Controller
class LetterTemplateController {

	private final LetterTemplateRepository templates;

	private final MessageSource messages;

	private final Clock clock;

	LetterTemplateController(LetterTemplateRepository templates, MessageSource messages, Clock clock) {
		this.templates = templates;
		this.messages = messages;
		this.clock = clock;
	}

	public static class WordingForm {

		private String body = "";

		private String version = "";

		public String getBody() {
			return this.body;
		}

		public void setBody(String body) {
			this.body = (body != null) ? body : "";
		}

		public String getVersion() {
			return this.version;
		}

		public void setVersion(String version) {
			this.version = (version != null) ? version : "";
		}

	}

	@GetMapping("/admin/letter-wording")
	@Transactional(readOnly = true)
	String list(Model model) {
		List<LetterTemplate.View> all = this.templates.findAllByOrderByIdAsc()
			.stream()
			.map(LetterTemplate::view)
			.toList();
		model.addAttribute("templates", all);
		return "letter/templates";
	}

	@GetMapping("/admin/letter-wording/{id:\\d+}")
	@Transactional(readOnly = true)
	String initForm(@PathVariable Long id, Model model) {
		LetterTemplate template = this.templates.findById(id).orElseThrow(NotFoundException::new);
		WordingForm form = new WordingForm();
		form.setBody(template.getBody());
		form.setVersion(String.valueOf(template.getVersion()));
		model.addAttribute("template", template.view());
		model.addAttribute("form", form);
		return "letter/template";
	}

	@PostMapping("/admin/letter-wording/{id:\\d+}")
	@Transactional
	String processForm(@PathVariable Long id, @ModelAttribute("form") WordingForm form, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		LetterTemplate template = this.templates.findById(id).orElseThrow(NotFoundException::new);
		if (form.getBody().isBlank()) {
			result.rejectValue("body", "wording.required");
		}
		else if (form.getBody().length() > 5000) {
			result.rejectValue("body", "review.tooLong", new Object[] { 5000 }, null);
		}
		else if (!String.valueOf(template.getVersion()).equals(form.getVersion().trim())) {
			result.reject("wording.conflict", new Object[] { template.getUpdatedByName() }, null);
			form.setVersion(String.valueOf(template.getVersion()));
		}
		if (result.hasErrors()) {
			model.addAttribute("template", template.view());
			return "letter/template";
		}
		template.change(form.getBody().strip(), user.name(), this.clock.instant());
		redirect
			.addFlashAttribute("flash",
					this.messages.getMessage("wording.saved", new Object[] { this.messages
						.getMessage("wording.key." + template.getKey(), null, template.getKey(), Locale.UK) },
							Locale.UK));
		return "redirect:/admin/letter-wording";
	}

}
