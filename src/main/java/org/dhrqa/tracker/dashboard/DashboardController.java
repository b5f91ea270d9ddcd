package org.dhrqa.tracker.dashboard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.dhrqa.tracker.account.Permission;
import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.csp.Csps;
import org.dhrqa.tracker.review.ReviewStage;
import org.dhrqa.tracker.shared.web.CsvWriter;
import org.dhrqa.tracker.shared.web.Messages;
import org.dhrqa.tracker.shared.web.Option;
import org.dhrqa.tracker.shared.web.Pagination;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /dashboard}: readiness and slippage across every review the manager may see, a
 * page of 25 rows at a time, with figures counted over all of them.
 */
@Controller
class DashboardController {

	static final int PAGE_SIZE = 25;

	private final Dashboard dashboard;

	private final Csps csps;

	private final Messages messages;

	DashboardController(Dashboard dashboard, Csps csps, Messages messages) {
		this.dashboard = dashboard;
		this.csps = csps;
		this.messages = messages;
	}

	/** What the filter form shows as chosen. */
	public record Filter(String csp, String stage, String readiness, String slippage) {

		static Filter of(DashboardQuery query) {
			return new Filter((query.csp() != null) ? query.csp().toString() : "",
					(query.stage() != null) ? query.stage().name() : "",
					(query.readiness() != null) ? query.readiness() : "",
					(query.slippage() != null) ? query.slippage() : "");
		}

		public String getCsp() {
			return this.csp;
		}

		public String getStage() {
			return this.stage;
		}

		public String getReadiness() {
			return this.readiness;
		}

		public String getSlippage() {
			return this.slippage;
		}

	}

	@GetMapping("/dashboard")
	String dashboard(@RequestParam(required = false) String csp, @RequestParam(required = false) String stage,
			@RequestParam(required = false) String readiness, @RequestParam(required = false) String slippage,
			@RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
			@RequestParam(defaultValue = "1") String page, @AuthenticationPrincipal SignedInUser user, Model model) {
		user.require(Permission.SEE_DASHBOARD);
		DashboardQuery query = DashboardQuery.parse(csp, stage, readiness, slippage, sort, dir);
		Dashboard.Figures figures = this.dashboard.figures(query, user);
		long total = figures.summary().reviews();
		int lastPage = (int) Math.max(0, (total - 1) / PAGE_SIZE);
		int pageNumber = Math.min(Math.max(parsePage(page), 1) - 1, lastPage);
		List<DashboardRow> rows = this.dashboard.rows(query, user, pageNumber, PAGE_SIZE);
		model.addAttribute("figures", figures);
		model.addAttribute("rows", rows);
		model.addAttribute("query", query);
		model.addAttribute("pagination",
				Pagination.of(new PageImpl<>(rows, PageRequest.of(pageNumber, PAGE_SIZE), total), query::pageLink));
		model.addAttribute("filter", Filter.of(query));
		model.addAttribute("cspOptions",
				this.csps.visibleTo(user).stream().map((c) -> new Option(c.id().toString(), c.name())).toList());
		model.addAttribute("stageOptions",
				Arrays.stream(ReviewStage.values())
					.map((s) -> new Option(s.name(), this.messages.get(s.messageKey())))
					.toList());
		model.addAttribute("readinessOptions",
				DashboardQuery.READINESS.stream()
					.map((key) -> new Option(key, this.messages.get("dashboard.filter.readiness." + key)))
					.toList());
		model.addAttribute("slippageOptions",
				DashboardQuery.SLIPPAGE.stream()
					.map((key) -> new Option(key, this.messages.get("dashboard.filter.slippage." + key)))
					.toList());
		return "dashboard/dashboard";
	}

	@GetMapping("/dashboard.csv")
	void csv(@RequestParam(required = false) String csp, @RequestParam(required = false) String stage,
			@RequestParam(required = false) String readiness, @RequestParam(required = false) String slippage,
			@AuthenticationPrincipal SignedInUser user, HttpServletResponse response) throws IOException {
		user.require(Permission.SEE_DASHBOARD);
		DashboardQuery query = DashboardQuery.parse(csp, stage, readiness, slippage, null, null);
		try (CsvWriter out = CsvWriter.download(response, "dashboard.csv",
				List.of("Id", "Reference", "Victim pseudonym", "CSP", "Stage", "Readiness done", "Readiness total",
						"Open items", "Total items", "Overdue items", "Overdue actions", "Drifting actions",
						"Past six-month target", "Days from letter to publication", "Stage since",
						"Current letter outcome", "Responded items", "Accepted items", "Actions", "Ready to publish",
						"Figures as of"))) {
			this.dashboard.forEach(query, user, (row) -> {
				try {
					out.row(row.reviewId(), row.reference(), row.pseudonym(), row.csp(), row.stage(),
							row.readinessDone(), row.readinessTotal(), row.openItems(), row.totalItems(),
							row.overdueItems(), row.overdueActions(), row.driftingActions(),
							row.pastTarget() ? "yes" : "no",
							(row.daysLetterToPublication() != null) ? row.daysLetterToPublication() : "",
							(row.stageSince() != null) ? row.stageSince() : "",
							(row.letterOutcome() != null) ? row.letterOutcome() : "", row.respondedItems(),
							row.acceptedItems(), row.planActions(), row.readyToPublish() ? "yes" : "no", row.asOf());
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
	}

	private static int parsePage(String value) {
		return (value != null && value.trim().matches("\\d{1,6}")) ? Integer.parseInt(value.trim()) : 1;
	}

}
