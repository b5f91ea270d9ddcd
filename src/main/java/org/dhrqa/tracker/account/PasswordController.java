package org.dhrqa.tracker.account;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
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

	private final AccountUserDetailsService users;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	PasswordController(Accounts accounts, MessageSource messages, AccountUserDetailsService users) {
		this.accounts = accounts;
		this.messages = messages;
		this.users = users;
	}

	@GetMapping("/account/password")
	String initForm(@ModelAttribute("form") PasswordForm form) {
		return VIEW;
	}

	@PostMapping("/account/password")
	String processForm(@ModelAttribute("form") PasswordForm form, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
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
		keepThisSession(user, request, response);
		redirect.addFlashAttribute("flash", this.messages.getMessage("password.changed", null, Locale.UK));
		return "redirect:/";
	}

	/**
	 * Changing the password ended every session of this person: this one carries on, as
	 * signed in now, under a new session id.
	 */
	private void keepThisSession(SignedInUser user, HttpServletRequest request, HttpServletResponse response) {
		SignedInUser renewed = (SignedInUser) this.users.loadUserByUsername(user.email());
		renewed.eraseCredentials();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(renewed, null, renewed.getAuthorities()));
		SecurityContextHolder.setContext(context);
		if (request.getSession(false) != null) {
			request.changeSessionId();
		}
		this.contexts.saveContext(context, request, response);
	}

}
