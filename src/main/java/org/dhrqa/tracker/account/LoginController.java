package org.dhrqa.tracker.account;

import jakarta.servlet.http.HttpSession;

import org.dhrqa.tracker.shared.web.FieldRules;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

	static final String VIEW = "account/login";

	static final String LAST_USERNAME = LoginController.class.getName() + ".lastUsername";

	@GetMapping("/login")
	String login(@RequestParam(required = false) String error, @RequestParam(required = false) String locked,
			@RequestParam(required = false) String wait, Authentication authentication, HttpSession session,
			Model model) {
		if (authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken)) {
			return "redirect:/";
		}
		LoginForm form = new LoginForm();
		BindingResult result = new BeanPropertyBindingResult(form, "loginForm");
		if (error != null) {
			Object lastUsername = session.getAttribute(LAST_USERNAME);
			session.removeAttribute(LAST_USERNAME);
			form.setUsername((lastUsername instanceof String name) ? name : "");
			Long minutes = FieldRules.parseId(locked);
			Long seconds = FieldRules.parseId(wait);
			if (minutes != null && minutes > 0 && minutes <= 24 * 60) {
				// too many wrong passwords: say how long, whether or not this one was
				// right
				result.rejectValue("password", "login.locked", new Object[] { minutes }, null);
			}
			else if (seconds != null && seconds > 0 && seconds <= 60 * 60) {
				result.rejectValue("password", "login.wait", new Object[] { seconds }, null);
			}
			else {
				// One message for both fields: never say which of the two was wrong.
				result.rejectValue("username", "login.failed");
				result.rejectValue("password", "login.failed");
			}
		}
		model.addAttribute("loginForm", form);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "loginForm", result);
		return VIEW;
	}

}
