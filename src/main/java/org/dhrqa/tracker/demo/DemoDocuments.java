package org.dhrqa.tracker.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.document.PdfRenderer;
import org.dhrqa.tracker.publication.PublicationPacks;
import org.dhrqa.tracker.publication.Publications;
import org.dhrqa.tracker.publication.TaskKey;
import org.dhrqa.tracker.report.ReportVersionView;
import org.dhrqa.tracker.report.ReportVersions;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Documents for the demo's published review "Ben": a generated multi-page final report,
 * its publication pack and the confirmed publication steps; and the two versions of
 * Salome's report; made through the same services a CSP uses. Runs after the seed letters
 * have their PDFs, only on the start that seeded the data.
 */
@Component
@Order(30)
class DemoDocuments implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoDocuments.class);

	private final DemoDataSeeder seeder;

	private final JdbcTemplate jdbc;

	private final UserDetailsService users;

	private final ReportVersions reports;

	private final Publications publications;

	private final PublicationPacks packs;

	private final PdfRenderer renderer;

	DemoDocuments(DemoDataSeeder seeder, JdbcTemplate jdbc, UserDetailsService users, ReportVersions reports,
			Publications publications, PublicationPacks packs, PdfRenderer renderer) {
		this.seeder = seeder;
		this.jdbc = jdbc;
		this.users = users;
		this.reports = reports;
		this.publications = publications;
		this.packs = packs;
		this.renderer = renderer;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		if (!this.seeder.seededNow()) {
			return;
		}
		SignedInUser rhys = (SignedInUser) this.users.loadUserByUsername("devon@example.org");
		Long ben = this.jdbc.queryForObject("select id from review where reference = 'DEV-DHR-2021-02'", Long.class);
		Path report = Files.createTempFile("ben-report-", ".pdf");
		try {
			writeReport(report);
			this.reports.upload(ben, report, "DHR Ben overview report final.pdf", true,
					"Final version approved by the CSP board", rhys);
		}
		finally {
			Files.deleteIfExists(report);
		}
		this.packs.assemble(ben, rhys);
		LocalDate published = LocalDate.of(2025, 3, 14);
		this.publications.confirm(ben, TaskKey.SENT_TO_HOME_OFFICE, LocalDate.of(2025, 3, 17), "Rhys Evans", rhys);
		this.publications.confirm(ben, TaskKey.SENT_TO_COMMISSIONER, LocalDate.of(2025, 3, 17), "Rhys Evans", rhys);
		this.publications.confirm(ben, TaskKey.PUBLISHED_ON_WEBSITE, published,
				"https://www.example.org/devon-csp/dhr/ben-2021", rhys);
		this.publications.confirm(ben, TaskKey.LETTER_PUBLISHED_ALONGSIDE, published, null, rhys);
		log.info("Made the demo documents of the published review Ben");
		uploadSalomeReports();
	}

	/**
	 * Salome's report as the QA Panel read it (submitted in April 2024) and as the CSP
	 * revised it after the letter of 7 August 2024, dated as they would have been
	 * uploaded.
	 */
	private void uploadSalomeReports() throws IOException {
		SignedInUser jo = (SignedInUser) this.users.loadUserByUsername("kent@example.org");
		Long salome = this.jdbc.queryForObject("select id from review where reference = 'KM-DHR-2021-03'", Long.class);
		uploadDated(salome, jo, SalomeReport.html(false), "DHR Salome overview report v1.pdf",
				"As submitted to the QA Panel", LocalDateTime.of(2024, 4, 26, 10, 0));
		uploadDated(salome, jo, SalomeReport.html(true), "DHR Salome overview report v2.pdf",
				"Revised after the QA Panel letter of 7 August 2024", LocalDateTime.of(2024, 9, 18, 14, 20));
		log.info("Uploaded two versions of the demo review Salome's report");
	}

	private void uploadDated(Long review, SignedInUser by, String html, String filename, String note,
			LocalDateTime uploadedAt) throws IOException {
		Path report = Files.createTempFile("salome-report-", ".pdf");
		try {
			Files.write(report, this.renderer.render(html, null));
			ReportVersionView version = this.reports.upload(review, report, filename, false, note, by);
			this.jdbc.update("update report_version set uploaded_at = ? where id = ?",
					Timestamp.from(uploadedAt.atZone(ZoneId.of("Europe/London")).toInstant()), version.id());
		}
		finally {
			Files.deleteIfExists(report);
		}
	}

	/** A plausible overview report: a cover, contents and sections, one page each. */
	static void writeReport(Path file) throws IOException {
		String[] sections = { "Domestic Homicide Review: Overview Report", "Contents", "1. Introduction",
				"2. Timescales", "3. Confidentiality", "4. Terms of reference", "5. Methodology",
				"6. Involvement of family and friends", "7. Contributors to the review", "8. The review panel",
				"9. Background information", "10. Chronology", "11. Analysis", "12. Conclusions", "13. Learning",
				"14. Recommendations" };
		try (PDDocument document = new PDDocument()) {
			PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
			PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
			for (String section : sections) {
				PDPage page = new PDPage(PDRectangle.A4);
				document.addPage(page);
				try (PDPageContentStream text = new PDPageContentStream(document, page)) {
					text.beginText();
					text.setFont(bold, 16);
					text.newLineAtOffset(60, 770);
					text.showText(section);
					text.setFont(regular, 11);
					text.newLineAtOffset(0, -30);
					text.showText("Devon Community Safety Partnership. Review into the death of Ben, September 2021.");
					text.newLineAtOffset(0, -16);
					text.showText("This demonstration report stands in for the CSP's published overview report.");
					text.endText();
				}
			}
			document.getDocumentInformation().setTitle("DHR Ben: Overview Report");
			document.save(file.toFile());
		}
	}

}
