package org.dhrqa.tracker.feedback;

import java.util.List;
import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.document.PdfRenderer;
import org.dhrqa.tracker.shared.web.CsvWriter;
import org.dhrqa.tracker.shared.web.Messages;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/** {@code /reviews/{id}/matrix}: the response matrix as a page, a CSV and a PDF. */
@Controller
class MatrixController {

	private final ResponseMatrix matrix;

	private final PdfRenderer pdfRenderer;

	private final ITemplateEngine templates;

	private final Messages messages;

	MatrixController(ResponseMatrix matrix, PdfRenderer pdfRenderer, ITemplateEngine templates, Messages messages) {
		this.matrix = matrix;
		this.pdfRenderer = pdfRenderer;
		this.templates = templates;
		this.messages = messages;
	}

	@GetMapping("/reviews/{id:\\d+}/matrix")
	String page(@PathVariable Long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("matrix", this.matrix.of(id, user));
		return "feedback/matrix";
	}

	@GetMapping("/reviews/{id:\\d+}/matrix.csv")
	void csv(@PathVariable Long id, @AuthenticationPrincipal SignedInUser user, HttpServletResponse response)
			throws IOException {
		ResponseMatrix.Matrix matrix = this.matrix.of(id, user);
		try (CsvWriter csv = CsvWriter.download(response, filename(matrix, "csv"),
				List.of(this.messages.get("matrix.col.number"), this.messages.get("matrix.col.item"),
						this.messages.get("matrix.col.paragraph"), this.messages.get("matrix.col.response"),
						this.messages.get("matrix.col.addressed"), this.messages.get("matrix.col.decision"),
						this.messages.get("matrix.col.note"), this.messages.get("matrix.col.date")))) {
			for (ResponseMatrix.Row row : matrix.rows()) {
				csv.row(row.number(), row.item(), row.paragraph(), row.response(), row.addressedIn(), row.decision(),
						row.decisionNote(), row.date());
			}
		}
	}

	@GetMapping("/reviews/{id:\\d+}/matrix.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable Long id, @AuthenticationPrincipal SignedInUser user) {
		ResponseMatrix.Matrix matrix = this.matrix.of(id, user);
		Context context = new Context(Locale.UK);
		context.setVariable("matrix", matrix);
		byte[] pdf = this.pdfRenderer.render(this.templates.process("feedback/matrix-document", context),
				"about:blank");
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename(matrix, "pdf")).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(pdf);
	}

	private static String filename(ResponseMatrix.Matrix matrix, String extension) {
		return ("Response matrix " + matrix.review().victimPseudonyms() + "." + extension)
			.replaceAll("[^A-Za-z0-9 ._-]", "");

	}

}
