package org.dhrqa.tracker.admin;

import java.util.Objects;

import org.dhrqa.tracker.account.Accounts;
import org.dhrqa.tracker.account.SignInRecord;
import org.dhrqa.tracker.account.SignIns;
import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.shared.web.FieldRules;
import org.dhrqa.tracker.shared.web.Pagination;

import org.springframework.data.domain.Page;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code /admin/sign-ins}: every sign-in, wrong password, refusal and lock, newest first,
 * paged, for one email address or all (administrators only, by the area's rules and the
 * service).
 */
@Controller
class SignInAuditController {

	static final String VIEW = "admin/sign-ins";

	static final int PAGE_SIZE = 50;

	private final SignIns signIns;

	private final Accounts accounts;

	SignInAuditController(SignIns signIns, Accounts accounts) {
		this.signIns = signIns;
		this.accounts = accounts;
	}

	@GetMapping("/admin/sign-ins")
	String list(@ModelAttribute("filter") SignInFilter filter, BindingResult result,
			@AuthenticationPrincipal SignedInUser me, Model model) {
		String email = filter.getEmail().trim();
		if (email.length() > 320) {
			result.rejectValue("email", "review.tooLong", new Object[] { 320 }, null);
			email = "";
		}
		Long asked = FieldRules.parseId(filter.getPage());
		int number = (asked == null || asked < 1 || asked > Integer.MAX_VALUE) ? 0 : (int) (asked - 1);
		Page<SignInRecord> page = this.signIns.page(email, number, PAGE_SIZE, me);
		if (number > 0 && number >= page.getTotalPages()) {
			page = this.signIns.page(email, Math.max(page.getTotalPages() - 1, 0), PAGE_SIZE, me);
		}
		String filtered = email;
		model.addAttribute("signIns", page);
		model.addAttribute("names", this.accounts
			.names(page.getContent().stream().map(SignInRecord::userId).filter(Objects::nonNull).distinct().toList()));
		model.addAttribute("pagination", Pagination.of(page, (zeroBased) -> href(filtered, zeroBased + 1)));
		return VIEW;
	}

	private static String href(String email, int page) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/admin/sign-ins");
		if (!email.isEmpty()) {
			uri.queryParam("email", email);
		}
		return uri.queryParam("page", page).encode().build().toUriString();
	}

}
