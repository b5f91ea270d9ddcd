package org.dhrqa.tracker.account;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page's templates ask this module, as model variables: the permission policy
 * ({@code ${perm.may('EDIT_FACTS', review.cspId)}}) and the session's timeout
 * ({@code ${sessionTimeout.secondsLeft()}}). Not bean references ({@code @perm}): Spring
 * compiles an expression that calls a variable's method to bytecode but never one that
 * holds a bean reference, and Thymeleaf's evaluation context makes an interpreted call
 * look its method up again on every evaluation. The layout asks them a dozen times on
 * every page (decision 28).
 */
@ControllerAdvice
class AccountPageModel {

	private final PermissionExpressions permissions;

	private final SessionTimeout sessionTimeout;

	AccountPageModel(PermissionExpressions permissions, SessionTimeout sessionTimeout) {
		this.permissions = permissions;
		this.sessionTimeout = sessionTimeout;
	}

	@ModelAttribute("perm")
	PermissionExpressions perm() {
		return this.permissions;
	}

	@ModelAttribute("sessionTimeout")
	SessionTimeout sessionTimeout() {
		return this.sessionTimeout;
	}

}
