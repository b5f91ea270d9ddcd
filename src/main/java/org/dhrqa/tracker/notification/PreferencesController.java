package org.dhrqa.tracker.notification;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.shared.web.Messages;
import org.dhrqa.tracker.shared.web.Option;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /account/notifications}: each person chooses, for each kind of notification they
 * receive, whether it also comes by email. Everything is always in the service.
 */
@Controller
class PreferencesController {

	static final String VIEW = "notification/preferences";

	private final Preferences preferences;

	private final Messages messages;

	PreferencesController(Preferences preferences, Messages messages) {
		this.preferences = preferences;
		this.messages = messages;
	}

	@GetMapping("/account/notifications")
	String initForm(@AuthenticationPrincipal SignedInUser user, Model model) {
		PreferencesForm form = new PreferencesForm();
		Set<NotificationKind> emailed = this.preferences.emailed(user.id());
		form.setByEmail(this.preferences.kindsFor(user)
			.stream()
			.filter(emailed::contains)
			.map(NotificationKind::name)
			.toList());
		model.addAttribute("form", form);
		return view(user, model);
	}

	@PostMapping("/account/notifications")
	String processForm(@ModelAttribute("form") PreferencesForm form, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		List<NotificationKind> offered = this.preferences.kindsFor(user);
		Set<NotificationKind> chosen = EnumSet.noneOf(NotificationKind.class);
		for (String value : form.getByEmail()) {
			NotificationKind kind = offered.stream().filter((k) -> k.name().equals(value)).findFirst().orElse(null);
			if (kind == null) {
				result.rejectValue("byEmail", "preferences.unknown");
				break;
			}
			chosen.add(kind);
		}
		if (result.hasErrors()) {
			return view(user, model);
		}
		this.preferences.choose(user, chosen);
		redirect.addFlashAttribute("flash", this.messages.get("preferences.saved"));
		return "redirect:/account/notifications";
	}

	private String view(SignedInUser user, Model model) {
		List<NotificationKind> kinds = this.preferences.kindsFor(user);
		Map<String, String> hints = new LinkedHashMap<>();
		kinds.forEach((kind) -> hints.put(kind.name(), this.messages.get(kind.hintKey())));
		model.addAttribute("options",
				kinds.stream().map((kind) -> new Option(kind.name(), this.messages.get(kind.messageKey()))).toList());
		model.addAttribute("hints", hints);
		return VIEW;
	}

}
