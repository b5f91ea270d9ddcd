package org.dhrqa.tracker.admin;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.dhrqa.tracker.account.AccountChangedMeanwhileException;
import org.dhrqa.tracker.account.Accounts;
import org.dhrqa.tracker.account.EmailInUseException;
import org.dhrqa.tracker.account.PasswordPolicy;
import org.dhrqa.tracker.account.Role;
import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.account.UserSummary;
import org.dhrqa.tracker.csp.Csps;
import org.dhrqa.tracker.shared.history.HistoryEvent;
import org.dhrqa.tracker.shared.web.HistoryTimelines;
import org.dhrqa.tracker.shared.web.NotFoundException;
import org.dhrqa.tracker.shared.web.Option;

import org.springframework.context.MessageSource;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
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
 * {@code /admin/users}: administrators create accounts, change roles and disable them
 * (secured to ADMINISTRATOR).
 */
@Controller
class UserAdminController {

	static final String LIST_VIEW = "admin/users";

	static final String FORM_VIEW = "admin/user-form";

	static final String SHOW_VIEW = "admin/user";

	static final String PASSWORD_VIEW = "admin/user-password";

	private static final String EMAIL = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";

	private final Accounts accounts;

	private final Csps csps;

	private final PasswordPolicy passwordPolicy;

	private final HistoryTimelines timelines;

	private final MessageSource messages;

	UserAdminController(Accounts accounts, Csps csps, PasswordPolicy passwordPolicy, HistoryTimelines timelines,
			MessageSource messages) {
		this.accounts = accounts;
		this.csps = csps;
		this.passwordPolicy = passwordPolicy;
		this.timelines = timelines;
		this.messages = messages;
	}

	@GetMapping("/admin/users")
	String list(Model model) {
		model.addAttribute("users", this.accounts.all());
		model.addAttribute("cspNames", this.csps.namesById());
		return LIST_VIEW;
	}

	@GetMapping("/admin/users/{id:\\d+}")
	String show(@PathVariable Long id, @AuthenticationPrincipal SignedInUser me, Model model) {
		UserSummary user = this.accounts.find(id).orElseThrow(NotFoundException::new);
		model.addAttribute("account", user);
		model.addAttribute("cspName", this.csps.namesById().get(user.cspId()));
		model.addAttribute("history", history(this.accounts.history(id)));
		model.addAttribute("isSelf", id.equals(me.id()));
		return SHOW_VIEW;
	}

	@GetMapping("/admin/users/new")
	String initCreateForm(Model model) {
		return showForm(new UserForm(), null, model);
	}

	@PostMapping("/admin/users/new")
	String processCreateForm(@ModelAttribute("form") UserForm form, BindingResult result,
			@AuthenticationPrincipal SignedInUser me, Model model, RedirectAttributes redirect) {
		validate(form, result, null);
		String problem = this.passwordPolicy.problem(form.getPassword(), form.getEmail());
		if (problem != null) {
			result.rejectValue("password", problem,
					new Object[] { PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH }, null);
		}
		if (result.hasErrors()) {
			form.setPassword("");
			return showForm(form, null, model);
		}
		try {
			Role role = Role.valueOf(form.getRole());
			Long id = this.accounts.create(form.getEmail().trim(), form.getName().trim(), role,
					role.isCspScoped() ? form.cspId() : null, form.getPassword(), me.actor());
			redirect.addFlashAttribute("flash", msg("user.created", form.getName().trim()));
			return "redirect:/admin/users/" + id;
		}
		catch (EmailInUseException ex) {
			result.rejectValue("email", "user.email.duplicate");
			form.setPassword("");
			return showForm(form, null, model);
		}
	}

	@GetMapping("/admin/users/{id:\\d+}/edit")
	String initUpdateForm(@PathVariable Long id, Model model) {
		UserSummary user = this.accounts.find(id).orElseThrow(NotFoundException::new);
		UserForm form = new UserForm();
		form.setName(user.name());
		form.setEmail(user.email());
		form.setRole(user.role().name());
		form.setCsp((user.cspId() != null) ? user.cspId().toString() : "");
		form.setVersion(String.valueOf(user.version()));
		return showForm(form, user, model);
	}

	@PostMapping("/admin/users/{id:\\d+}/edit")
	String processUpdateForm(@PathVariable Long id, @ModelAttribute("form") UserForm form, BindingResult result,
			@AuthenticationPrincipal SignedInUser me, Model model, RedirectAttributes redirect) {
		UserSummary user = this.accounts.find(id).orElseThrow(NotFoundException::new);
		form.setEmail(user.email());
		validate(form, result, id);
		if (id.equals(me.id()) && !Role.ADMINISTRATOR.name().equals(form.getRole())) {
			result.rejectValue("role", "user.role.self");
		}
		if (result.hasErrors()) {
			return showForm(form, user, model);
		}
		try {
			Role role = Role.valueOf(form.getRole());
			this.accounts.update(id, form.expectedVersion(), form.getName().trim(), role,
					role.isCspScoped() ? form.cspId() : null, me.actor());
		}
		catch (AccountChangedMeanwhileException | ObjectOptimisticLockingFailureException ex) {
			HistoryEvent latest = (ex instanceof AccountChangedMeanwhileException changed) ? changed.getLatestChange()
					: null;
			result.reject("admin.conflict",
					new Object[] { (latest != null) ? latest.actorName() : msg("review.conflict.someone") }, null);
			model.addAttribute("conflictDetails",
					(latest != null) ? history(List.of(latest)).get(0).lines() : List.of());
			UserSummary current = this.accounts.find(id).orElseThrow(NotFoundException::new);
			form.setVersion(String.valueOf(current.version()));
			return showForm(form, current, model);
		}
		redirect.addFlashAttribute("flash", msg("review.saved"));
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/admin/users/{id:\\d+}/disable")
	String disable(@PathVariable Long id, @AuthenticationPrincipal SignedInUser me, RedirectAttributes redirect) {
		UserSummary user = this.accounts.find(id).orElseThrow(NotFoundException::new);
		if (id.equals(me.id())) {
			redirect.addFlashAttribute("flash", msg("user.disable.self"));
			return "redirect:/admin/users/" + id;
		}
		this.accounts.disable(id, me.actor());
		redirect.addFlashAttribute("flash", msg("user.disabled", user.name()));
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/admin/users/{id:\\d+}/enable")
	String enable(@PathVariable Long id, @AuthenticationPrincipal SignedInUser me, RedirectAttributes redirect) {
		UserSummary user = this.accounts.find(id).orElseThrow(NotFoundException::new);
		this.accounts.enable(id, me.actor());
		redirect.addFlashAttribute("flash", msg("user.enabled", user.name()));
		return "redirect:/admin/users/" + id;
	}

	@GetMapping("/admin/users/{id:\\d+}/password")
	String initPasswordForm(@PathVariable Long id, @AuthenticationPrincipal SignedInUser me, Model model) {
		UserSummary user = this.accounts.find(id).orElseThrow(NotFoundException::new);
		if (id.equals(me.id())) {
			return "redirect:/account/password";
		}
		model.addAttribute("form", new NewPasswordForm());
		model.addAttribute("account", user);
		return PASSWORD_VIEW;
	}

	/** Sets someone's password (they forgot theirs); every session of theirs ends. */
	@PostMapping("/admin/users/{id:\\d+}/password")
	String processPasswordForm(@PathVariable Long id, @ModelAttribute("form") NewPasswordForm form,
			BindingResult result, @AuthenticationPrincipal SignedInUser me, Model model, RedirectAttributes redirect) {
		UserSummary user = this.accounts.find(id).orElseThrow(NotFoundException::new);
		if (id.equals(me.id())) {
			return "redirect:/account/password";
		}
		if (form.getNewPassword().isEmpty()) {
			result.rejectValue("newPassword", "password.required");
		}
		else if (!form.getNewPassword().equals(form.getConfirmPassword())) {
			result.rejectValue("confirmPassword", "password.mismatch");
		}
		if (!result.hasErrors()) {
			String problem = this.accounts.resetPassword(id, form.getNewPassword(), me.actor());
			if (problem != null) {
				result.rejectValue("newPassword", problem,
						new Object[] { PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH }, null);
			}
		}
		if (result.hasErrors()) {
			form.clear();
			model.addAttribute("account", user);
			return PASSWORD_VIEW;
		}
		redirect.addFlashAttribute("flash", msg("user.passwordSet", user.name()));
		return "redirect:/admin/users/" + id;
	}

	private void validate(UserForm form, Errors errors, Long id) {
		if (form.getName().isBlank()) {
			errors.rejectValue("name", "user.name.required");
		}
		else if (form.getName().trim().length() > 200) {
			errors.rejectValue("name", "review.tooLong", new Object[] { 200 }, null);
		}
		String email = form.getEmail().trim();
		if (email.isEmpty()) {
			errors.rejectValue("email", "user.email.required");
		}
		else if (email.length() > 320 || !email.matches(EMAIL)) {
			errors.rejectValue("email", "email.invalid");
		}
		else if (id == null && this.accounts.emailInUse(email, null)) {
			errors.rejectValue("email", "user.email.duplicate");
		}
		Role role = Arrays.stream(Role.values())
			.filter((r) -> r.name().equals(form.getRole()))
			.findFirst()
			.orElse(null);
		if (role == null) {
			errors.rejectValue("role", "user.role.required");
		}
		else if (role.isCspScoped() && (form.cspId() == null || this.csps.find(form.cspId()).isEmpty())) {
			errors.rejectValue("csp", "user.csp.required");
		}
	}

	private String showForm(UserForm form, UserSummary user, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("account", user);
		model.addAttribute("roleOptions",
				Arrays.stream(Role.values())
					.map((role) -> new Option(role.name(), msg("role." + role.name())))
					.toList());
		model.addAttribute("cspOptions",
				this.csps.all().stream().map((csp) -> new Option(csp.id().toString(), csp.name())).toList());
		return FORM_VIEW;
	}

	private List<org.dhrqa.tracker.shared.web.TimelineItem> history(List<HistoryEvent> events) {
		Map<Long, String> cspNames = this.csps.namesById();
		return this.timelines.items(events, (field, value) -> {
			if (value.startsWith("csp#")) {
				return cspNames.getOrDefault(Long.valueOf(value.substring(4)), value);
			}
			return this.timelines.messageOrValue(value);
		});
	}

	private String msg(String key, Object... args) {
		return this.messages.getMessage(key, args, Locale.UK);
	}

}
