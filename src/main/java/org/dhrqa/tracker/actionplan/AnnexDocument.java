package org.dhrqa.tracker.actionplan;

import java.time.LocalDate;
import java.util.Locale;

import org.dhrqa.tracker.document.PdfRenderer;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Makes the annex of a plan from one template, as HTML for the browser or as a PDF with
 * the stylesheet inlined (a PDF cannot fetch it from the server).
 */
@Component
class AnnexDocument {

	/** The review as the annex names it. */
	record Heading(String victimPseudonyms, String cspName) {

	}

	private final ITemplateEngine templates;

	private final PdfRenderer pdfRenderer;

	AnnexDocument(ITemplateEngine templates, PdfRenderer pdfRenderer) {
		this.templates = templates;
		this.pdfRenderer = pdfRenderer;
	}

	String html(Heading heading, PlanViews.Plan plan, LocalDate generated, boolean forPdf) {
		Context context = new Context(Locale.UK);
		context.setVariable("review", heading);
		context.setVariable("plan", plan);
		context.setVariable("generated", generated);
		context.setVariable("forPdf", forPdf);
		context.setVariable("columns", PlanImport.TEMPLATE_COLUMNS);
		context.setVariable("css", forPdf ? AnnexStylesheet.CSS : "");
		return this.templates.process("actionplan/annex", context);
	}

	byte[] pdf(Heading heading, PlanViews.Plan plan, LocalDate generated) {
		return this.pdfRenderer.render(html(heading, plan, generated, true), "about:blank");
	}

}
