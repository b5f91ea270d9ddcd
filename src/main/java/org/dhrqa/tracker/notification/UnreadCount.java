package org.dhrqa.tracker.notification;

import jakarta.servlet.http.HttpServletRequest;

import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.shared.web.PageVariable;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The unread count beside "Notifications" in the header, as templates ask it:
 * {@code ${unreadNotifications.count()}} (a page variable). Asked only when a page is
 * rendered (not for redirects, downloads or JSON), read once per request, and then it is
 * one row read by its key.
 */
@Component
public class UnreadCount implements PageVariable {

	@Override
	public String variableName() {
		return "unreadNotifications";
	}

	private static final String ATTRIBUTE = UnreadCount.class.getName();

	private final Inbox inbox;

	UnreadCount(Inbox inbox) {
		this.inbox = inbox;
	}

	public int count() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof SignedInUser user)) {
			return 0;
		}
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		HttpServletRequest request = (attributes instanceof ServletRequestAttributes servlet) ? servlet.getRequest()
				: null;
		if (request != null && request.getAttribute(ATTRIBUTE) instanceof Integer known) {
			return known;
		}
		int unread = this.inbox.unread(user.id());
		if (request != null) {
			request.setAttribute(ATTRIBUTE, unread);
		}
		return unread;
	}

}
