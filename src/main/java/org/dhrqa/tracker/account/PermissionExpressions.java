package org.dhrqa.tracker.account;

import org.dhrqa.tracker.shared.web.PageVariable;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The permission policy as templates ask it: {@code ${perm.may('EDIT_FACTS',
 * review.cspId)}}, a {@link org.dhrqa.tracker.shared.web.PageVariable}. Templates never
 * list roles; they ask the same question the service will enforce.
 */
@Component
public class PermissionExpressions implements PageVariable {

	@Override
	public String variableName() {
		return "perm";
	}

	/** Whether someone is signed in (the layout asks once per page). */
	public boolean signedIn() {
		return current() != null;
	}

	public boolean may(String permission) {
		SignedInUser user = current();
		return user != null && user.may(Permission.valueOf(permission));
	}

	public boolean may(String permission, Long cspId) {
		SignedInUser user = current();
		return user != null && user.may(Permission.valueOf(permission), cspId);
	}

	private static SignedInUser current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) ? user : null;
	}

}
