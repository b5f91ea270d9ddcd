package org.dhrqa.tracker.actionplan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.review.ReviewView;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The plan out of the service: CSV and Excel in the Home Office template (with the dated
 * updates), the annex as HTML and PDF, and the blank template to start a plan from.
 */
@Controller
class PlanExportController {

	private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final ActionPlans plans;

	private final PlanAnnex annex;

	private final PlanExport export;

	private final PlanAccess access;

	private final PlanPages pages;

	PlanExportController(ActionPlans plans, PlanAnnex annex, PlanExport export, PlanAccess access, PlanPages pages) {
		this.plans = plans;
		this.annex = annex;
		this.export = export;
		this.access = access;
		this.pages = pages;
	}

	@GetMapping("/reviews/{id:\\d+}/action-plan.csv")
	void csv(@PathVariable Long id, @AuthenticationPrincipal SignedInUser user, HttpServletResponse response)
			throws IOException {
		ReviewView review = this.access.visible(id, user);
		PlanViews.Plan plan = this.plans.plan(id, user);
		download(response, "text/csv;charset=UTF-8", this.pages.filename(review, "plan.file.name", "csv"));
		this.export.csv(plan, response.getOutputStream());
	}

	@GetMapping("/reviews/{id:\\d+}/action-plan.xlsx")
	void xlsx(@PathVariable Long id, @AuthenticationPrincipal SignedInUser user, HttpServletResponse response)
			throws IOException {
		ReviewView review = this.access.visible(id, user);
		PlanViews.Plan plan = this.plans.plan(id, user);
		download(response, XLSX, this.pages.filename(review, "plan.file.name", "xlsx"));
		this.export.xlsx(plan, response.getOutputStream());
	}

	@GetMapping(path = "/reviews/{id:\\d+}/action-plan/annex", produces = MediaType.TEXT_HTML_VALUE)
	@ResponseBody
	String annexHtml(@PathVariable Long id, @AuthenticationPrincipal SignedInUser user) {
		return this.annex.html(id, user);
	}

	@GetMapping("/reviews/{id:\\d+}/action-plan/annex.pdf")
	ResponseEntity<byte[]> annexPdf(@PathVariable Long id, @AuthenticationPrincipal SignedInUser user) {
		ReviewView review = this.access.visible(id, user);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline()
						.filename(this.pages.filename(review, "plan.file.annex", "pdf"))
						.build()
						.toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(this.annex.pdf(id, user));
	}

	@GetMapping("/action-plan/template.csv")
	void templateCsv(HttpServletResponse response) throws IOException {
		download(response, "text/csv;charset=UTF-8", "Action plan template.csv");
		PlanExport.templateCsv(response.getOutputStream());
	}

	@GetMapping("/action-plan/template.xlsx")
	void templateXlsx(HttpServletResponse response) throws IOException {
		download(response, XLSX, "Action plan template.xlsx");
		PlanExport.templateXlsx(response.getOutputStream());
	}

	private static void download(HttpServletResponse response, String type, String filename) {
		response.setContentType(type);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
	}

}
