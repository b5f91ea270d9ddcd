package org.dhrqa.tracker.account;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /account/password}: everyone changes their own password here. */
@Controller
class PasswordController {

	static final String VIEW = "account/password";

	private final Accounts accounts;

	private final MessageSource messages;

	PasswordController(Accounts accounts, MessageSource messages) {
		this.accounts = accounts;
		this.messages = messages;
	}

	@GetMapping("/account/password")
	String initForm(@ModelAttribute("form") PasswordForm form) {
		return VIEW;
	}

	@PostMapping("/account/password")
	String processForm(@ModelAttribute("form") PasswordForm form, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
		if (form.getCurrentPassword().isEmpty()) {
			result.rejectValue("currentPassword", "password.currentRequired");
		}
		if (form.getNewPassword().isEmpty()) {
			result.rejectValue("newPassword", "password.required");
		}
		else if (!form.getNewPassword().equals(form.getConfirmPassword())) {
			result.rejectValue("confirmPassword", "password.mismatch");
		}
		if (!result.hasErrors()) {
			String problem = this.accounts.changeOwnPassword(user.id(), form.getCurrentPassword(),
					form.getNewPassword());
			if (problem != null) {
				result.rejectValue(problem.equals("password.currentWrong") ? "currentPassword" : "newPassword", problem,
						new Object[] { PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH }, null);
			}
		}
		if (result.hasErrors()) {
			form.clear();
			return VIEW;
		}
		redirect.addFlashAttribute("flash", this.messages.getMessage("password.changed", null, Locale.UK));
		return "redirect:/";
	}

}
