package org.dhrqa.tracker.actionplan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

import org.dhrqa.tracker.document.PdfRenderer;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Prints how long the annex PDF of a plan of 60 actions with 300 dated updates takes: the
 * first rendering, the same plan asked for again (served from {@link AnnexCache}), a
 * changed plan (rendered afresh, warm), and for comparison the same rendering with the
 * fonts loaded as before (PDFBox applying Liberation Sans's substitution rules to every
 * run of text). Not a test: run it by hand (see README) and compare the figures.
 */
public final class AnnexBenchmark {

	private AnnexBenchmark() {
	}

	public static void main(String[] args) {
		SpringTemplateEngine templates = templates();
		AnnexDocument document = new AnnexDocument(templates, new PdfRenderer());
		AnnexCache cache = new AnnexCache();
		AnnexDocument.Heading heading = new AnnexDocument.Heading("Maya",
				"Kent and Medway Community Safety Partnership");
		PlanViews.Plan plan = plan(6, 10, 5);
		LocalDate today = LocalDate.of(2026, 11, 29);

		AnnexCache.Key key = new AnnexCache.Key(1L, 1, Instant.EPOCH, heading.victimPseudonyms(), heading.cspName(),
				today);
		long first = time(() -> cache.get(key, () -> document.pdf(heading, plan, today)));
		long cached = time(() -> cache.get(key, () -> document.pdf(heading, plan, today)));
		AnnexCache.Key changed = new AnnexCache.Key(1L, 2, Instant.EPOCH.plusSeconds(1), heading.victimPseudonyms(),
				heading.cspName(), today);
		long warm = time(() -> cache.get(changed, () -> document.pdf(heading, plan, today)));
		String html = document.html(heading, plan, today, true);
		renderAsBefore(html);
		long before = time(() -> renderAsBefore(html));

		System.out.printf("annex of %d actions with %d updates, %d KB%n", plan.actions().size(),
				plan.actions().stream().mapToInt((action) -> action.updates().size()).sum(),
				document.pdf(heading, plan, today).length / 1024);
		System.out.printf("first render %d ms; same plan again (cached) %d ms; changed plan (warm) %d ms%n", first,
				cached, warm);
		System.out.printf("the same warm render with the fonts' substitution rules on, as before: %d ms%n", before);
	}

	private static long time(Supplier<byte[]> work) {
		long start = System.nanoTime();
		work.get();
		return (System.nanoTime() - start) / 1_000_000;
	}

	private static SpringTemplateEngine templates() {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/");
		resolver.setSuffix(".html");
		resolver.setTemplateMode(TemplateMode.HTML);
		resolver.setCharacterEncoding("UTF-8");
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(resolver);
		engine.setTemplateEngineMessageSource(messages);
		return engine;
	}

	static PlanViews.Plan plan(int recommendations, int actionsPerRecommendation, int updatesPerAction) {
		List<PlanViews.Rec> recs = new ArrayList<>();
		long id = 1;
		for (int r = 1; r <= recommendations; r++) {
			List<PlanViews.Action> actions = new ArrayList<>();
			for (int a = 1; a <= actionsPerRecommendation; a++) {
				List<UpdateView> updates = new ArrayList<>();
				for (int u = 1; u <= updatesPerAction; u++) {
					updates.add(new UpdateView(id++, LocalDate.of(2025, u, 10), "Rhys Evans",
							"Progress reported to the partnership board: " + u + " of " + updatesPerAction
									+ " milestones met, with the evidence filed by the lead agency.",
							null, null, Instant.EPOCH));
				}
				actions.add(new PlanViews.Action(id++, (long) r, String.valueOf(r),
						"Deliver routine enquiry training to every team of the lead agency (" + a + ")",
						"Kent County Council", "Training package written and approved by the safeguarding lead",
						LocalDate.of(2026, 3, 31), null, null, ActionStatus.IN_PROGRESS, false,
						LocalDate.of(2025, 5, 10), 30, false, updates, updates.size(), 0));
			}
			recs.add(new PlanViews.Rec((long) r, String.valueOf(r),
					"Agencies should ask about domestic abuse whenever a person presents with low mood (" + r + ")",
					Scope.LOCAL, "Kent and Medway Integrated Care Board", 0, actions));
		}
		return new PlanViews.Plan(1L, recs);
	}

	/** The renderer as it loaded its fonts before: PDFBox runs the GSUB rules. */
	private static byte[] renderAsBefore(String html) {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.usePdfUaAccessibility(true);
			builder.useFont(() -> font("LiberationSans-Regular.ttf"), "Liberation Sans", 400, FontStyle.NORMAL, true);
			builder.useFont(() -> font("LiberationSans-Bold.ttf"), "Liberation Sans", 700, FontStyle.NORMAL, true);
			builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), "about:blank");
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static InputStream font(String file) {
		return AnnexBenchmark.class.getResourceAsStream("/liberation/" + file);
	}

}
