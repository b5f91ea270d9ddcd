package org.dhrqa.tracker.notification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.dhrqa.tracker.account.Accounts;
import org.dhrqa.tracker.account.Permission;
import org.dhrqa.tracker.account.UserSummary;
import org.dhrqa.tracker.actionplan.ActionPlans;
import org.dhrqa.tracker.feedback.FeedbackItems;
import org.dhrqa.tracker.feedback.ItemView;
import org.dhrqa.tracker.review.ReviewView;
import org.dhrqa.tracker.review.Reviews;
import org.dhrqa.tracker.shared.web.Messages;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every weekday morning, each CSP manager whose CSP has overdue feedback items or
 * drifting actions gets one message summarising them review by review (not one per item
 * or action), linking to the dashboard. ShedLock keeps it to one run across app nodes.
 */
@Component
class SlippageSummary {

	private static final Logger log = LoggerFactory.getLogger(SlippageSummary.class);

	private final FeedbackItems items;

	private final ActionPlans plans;

	private final Reviews reviews;

	private final Accounts accounts;

	private final Notifier notifier;

	private final Messages messages;

	private final Clock clock;

	SlippageSummary(FeedbackItems items, ActionPlans plans, Reviews reviews, Accounts accounts, Notifier notifier,
			Messages messages, Clock clock) {
		this.items = items;
		this.plans = plans;
		this.reviews = reviews;
		this.accounts = accounts;
		this.notifier = notifier;
		this.messages = messages;
		this.clock = clock;
	}

	/** One review's slippage. */
	record Slippage(ReviewView review, long overdueItems, long driftingActions) {

	}

	@Scheduled(cron = "${dhr.slippage.cron:0 0 7 * * MON-FRI}", zone = "Europe/London")
	@SchedulerLock(name = "csp-slippage-summary", lockAtLeastFor = "PT1H", lockAtMostFor = "PT2H")
	@Transactional
	public void send() {
		Map<Long, List<UserSummary>> managersByCsp = this.accounts.activeHolding(Permission.HEAR_OF_SLIPPAGE)
			.stream()
			.collect(Collectors.groupingBy(UserSummary::cspId));
		int told = 0;
		for (Map.Entry<Long, List<Slippage>> csp : slippageByCsp().entrySet()) {
			List<UserSummary> managers = managersByCsp.getOrDefault(csp.getKey(), List.of());
			if (managers.isEmpty()) {
				continue;
			}
			List<Slippage> rows = csp.getValue();
			long overdue = rows.stream().mapToLong(Slippage::overdueItems).sum();
			long drifting = rows.stream().mapToLong(Slippage::driftingActions).sum();
			StringBuilder body = new StringBuilder(
					this.messages.get("slippage.intro", rows.get(0).review().cspName(), overdue, drifting))
				.append("\n\n");
			for (Slippage row : rows) {
				body.append(
						this.messages.get("slippage.line", row.review().victimPseudonyms(), row.review().reference(),
								row.overdueItems(), row.driftingActions(), "/reviews/" + row.review().id()))
					.append("\n");
			}
			this.notifier.tell(NotificationKind.CSP_SLIPPAGE, managers, null, Notifier.Notice.about(
					this.messages.get("slippage.subject", overdue, drifting), body.toString().strip(), "/dashboard"));
			told += managers.size();
		}
		log.info("Sent the slippage summary to {} manager(s)", told);
	}

	/** Reviews with overdue items or drifting actions, by CSP, in reference order. */
	private Map<Long, List<Slippage>> slippageByCsp() {
		LocalDate today = LocalDate.now(this.clock);
		Map<Long, Long> overdue = this.items.overdueOn(today)
			.stream()
			.collect(Collectors.groupingBy(ItemView::reviewId, Collectors.counting()));
		Map<Long, Long> drifting = this.plans.driftingActionsByReview();
		Set<Long> reviewIds = new TreeSet<>(overdue.keySet());
		reviewIds.addAll(drifting.keySet());
		Map<Long, ReviewView> reviewsById = new HashMap<>();
		reviewIds.forEach((id) -> reviewsById.put(id, this.reviews.byId(id)));
		Map<Long, List<Slippage>> byCsp = new TreeMap<>();
		reviewsById.values()
			.stream()
			.sorted((a, b) -> a.reference().compareToIgnoreCase(b.reference()))
			.map((review) -> new Slippage(review, overdue.getOrDefault(review.id(), 0L),
					drifting.getOrDefault(review.id(), 0L)))
			.forEach((row) -> byCsp.computeIfAbsent(row.review().cspId(), (key) -> new ArrayList<>()).add(row));
		return byCsp;
	}

}
