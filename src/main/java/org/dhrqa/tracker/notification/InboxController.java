package org.dhrqa.tracker.notification;

import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.feedback.FeedbackItems;
import org.dhrqa.tracker.shared.web.FieldRules;
import org.dhrqa.tracker.shared.web.Messages;
import org.dhrqa.tracker.shared.web.NotFoundException;
import org.dhrqa.tracker.shared.web.Pagination;

import org.springframework.data.domain.Page;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /notifications}: a person's inbox, newest first and paged. Opening a
 * notification marks it read and goes to what it is about; one or all can be marked read
 * without opening them.
 */
@Controller
class InboxController {

	static final String VIEW = "notification/inbox";

	static final int PAGE_SIZE = 20;

	private final Inbox inbox;

	private final FeedbackItems items;

	private final Messages messages;

	InboxController(Inbox inbox, FeedbackItems items, Messages messages) {
		this.inbox = inbox;
		this.items = items;
		this.messages = messages;
	}

	@GetMapping("/notifications")
	String inbox(@RequestParam(defaultValue = "1") String page, @AuthenticationPrincipal SignedInUser user,
			Model model) {
		Long asked = FieldRules.parseId(page);
		int number = (asked == null || asked < 1 || asked > Integer.MAX_VALUE) ? 0 : (int) (asked - 1);
		Page<Notification> notifications = this.inbox.page(user.id(), number, PAGE_SIZE);
		if (number > 0 && number >= notifications.getTotalPages()) {
			notifications = this.inbox.page(user.id(), Math.max(notifications.getTotalPages() - 1, 0), PAGE_SIZE);
		}
		model.addAttribute("notifications", notifications);
		model.addAttribute("pagination",
				Pagination.of(notifications, (zeroBased) -> "/notifications?page=" + (zeroBased + 1)));
		model.addAttribute("unread", this.inbox.unread(user.id()));
		return VIEW;
	}

	/** Opens a notification: marks it read and goes to what it is about. */
	@GetMapping("/notifications/{id:\\d+}")
	String open(@PathVariable Long id, @AuthenticationPrincipal SignedInUser user) {
		Notification notification = this.inbox.find(id, user.id()).orElseThrow(NotFoundException::new);
		this.inbox.markRead(id, user.id());
		return "redirect:" + destination(notification);
	}

	@PostMapping("/notifications/{id:\\d+}/read")
	String markRead(@PathVariable Long id, @RequestParam(defaultValue = "1") String page,
			@AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
		this.inbox.find(id, user.id()).orElseThrow(NotFoundException::new);
		this.inbox.markRead(id, user.id());
		redirect.addFlashAttribute("flash", this.messages.get("notifications.markedOne"));
		Long back = FieldRules.parseId(page);
		return "redirect:/notifications" + ((back != null && back > 1) ? "?page=" + back : "");
	}

	@PostMapping("/notifications/read")
	String markAllRead(@AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
		int marked = this.inbox.markAllRead(user.id());
		redirect.addFlashAttribute("flash", this.messages.get("notifications.markedAll", marked));
		return "redirect:/notifications";
	}

	/**
	 * Where a notification leads: an item withdrawn by a corrected letter leads to its
	 * review's items instead of a page that no longer exists; only the service's own
	 * pages are ever a destination.
	 */
	private String destination(Notification notification) {
		if (notification.itemId() != null) {
			return this.items.find(notification.itemId())
				.map((item) -> item.status().isLive() ? "/items/" + item.id()
						: "/reviews/" + item.reviewId() + "/items")
				.orElse("/notifications");
		}
		String link = notification.link();
		boolean ours = link != null && link.startsWith("/") && !link.startsWith("//") && !link.contains("\\");
		return ours ? link : "/notifications";
	}

}
