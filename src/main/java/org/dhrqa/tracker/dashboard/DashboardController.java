package org.dhrqa.tracker.dashboard;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.dhrqa.tracker.account.Permission;
import org.dhrqa.tracker.shared.web.CsvWriter;
import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.csp.Csps;
import org.dhrqa.tracker.shared.web.Option;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /dashboard}: readiness and slippage across every review the manager may see. */
@Controller
class DashboardController {

	static final List<String> SORT_KEYS = List.of("review", "csp", "stage", "readiness", "open", "overdue", "actions",
			"drifting");

	private final Dashboard dashboard;

	private final Csps csps;

	private final MessageSource messages;

	DashboardController(Dashboard dashboard, Csps csps, MessageSource messages) {
		this.dashboard = dashboard;
		this.csps = csps;
		this.messages = messages;
	}

	public static class Filter {

		private final String csp;

		Filter(String csp) {
			this.csp = (csp != null) ? csp : "";
		}

		public String getCsp() {
			return this.csp;
		}

	}

	@GetMapping("/dashboard")
	String dashboard(@RequestParam(required = false) String csp, @RequestParam(required = false) String sort,
			@RequestParam(required = false) String dir, @AuthenticationPrincipal SignedInUser user, Model model) {
		requireManager(user);
		Long cspId = parse(csp);
		Dashboard.View view = this.dashboard.view(user, cspId);
		String sortKey = (sort != null && SORT_KEYS.contains(sort)) ? sort : "readiness";
		boolean ascending = (dir != null) ? "asc".equals(dir) : "readiness".equals(sortKey) || "review".equals(sortKey)
				|| "csp".equals(sortKey) || "stage".equals(sortKey);
		model.addAttribute("view", view);
		model.addAttribute("rows", sorted(view.rows(), sortKey, ascending));
		model.addAttribute("sortKey", sortKey);
		model.addAttribute("ascending", ascending);
		model.addAttribute("cspParam", (cspId != null) ? cspId.toString() : "");
		model.addAttribute("filter", new Filter((cspId != null) ? cspId.toString() : ""));
		model.addAttribute("cspOptions",
				this.csps.visibleTo(user).stream().map((c) -> new Option(c.id().toString(), c.name())).toList());
		model.addAttribute("stageLabels",
				view.byStage()
					.keySet()
					.stream()
					.collect(java.util.stream.Collectors.toMap((stage) -> stage,
							(stage) -> this.messages.getMessage(stage.messageKey(), null, Locale.UK))));
		return "dashboard/dashboard";
	}

	@GetMapping("/dashboard.csv")
	void csv(@RequestParam(required = false) String csp, @AuthenticationPrincipal SignedInUser user,
			HttpServletResponse response) throws IOException {
		requireManager(user);
		Dashboard.View view = this.dashboard.view(user, parse(csp));
		try (CsvWriter out = CsvWriter.download(response, "dashboard.csv",
				List.of("Id", "Reference", "Victim pseudonym", "CSP", "Stage", "Readiness done", "Readiness total",
						"Open items", "Total items", "Overdue items", "Overdue actions", "Drifting actions",
						"Past six-month target", "Days from letter to publication"))) {
			for (Dashboard.Row row : view.rows()) {
				out.row(row.reviewId(), row.reference(), row.pseudonym(), row.csp(), row.stage(), row.readinessDone(),
						row.readinessTotal(), row.openItems(), row.totalItems(), row.overdueItems(),
						row.overdueActions(), row.driftingActions(), row.pastTarget() ? "yes" : "no",
						(row.daysLetterToPublication() != null) ? row.daysLetterToPublication() : "");
			}
		}
	}

	private static List<Dashboard.Row> sorted(List<Dashboard.Row> rows, String key, boolean ascending) {
		Comparator<Dashboard.Row> order = switch (key) {
			case "review" -> Comparator.comparing((Dashboard.Row r) -> r.pseudonym().toLowerCase(Locale.UK));
			case "csp" -> Comparator.comparing(Dashboard.Row::csp);
			case "stage" -> Comparator.comparing(Dashboard.Row::stage);
			case "open" -> Comparator.comparingInt(Dashboard.Row::openItems);
			case "overdue" -> Comparator.comparingLong(Dashboard.Row::overdueItems);
			case "actions" -> Comparator.comparingLong(Dashboard.Row::overdueActions);
			case "drifting" -> Comparator.comparingLong(Dashboard.Row::driftingActions);
			default -> Comparator.comparingDouble((Dashboard.Row r) -> (r.readinessTotal() == 0) ? 0
					: (double) r.readinessDone() / r.readinessTotal());
		};
		return rows.stream().sorted(ascending ? order : order.reversed()).toList();
	}

	private static void requireManager(SignedInUser user) {
		user.require(Permission.SEE_DASHBOARD);
	}

	private static Long parse(String value) {
		try {
			return (value != null && !value.isBlank()) ? Long.valueOf(value.trim()) : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
