package org.dhrqa.tracker.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Real PDFs made with PDFBox for tests: a report of N pages, or one locked with a
 * password.
 */
public final class TestPdfs {

	private TestPdfs() {
	}

	public static byte[] report(int pages) throws IOException {
		return report(pages, null);
	}

	/**
	 * A valid one-page PDF of about {@code megabytes} MB: the bulk is an unfiltered
	 * stream of random bytes, which no compression can shrink.
	 */
	public static byte[] large(int megabytes) throws IOException {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage();
			document.addPage(page);
			byte[] noise = new byte[megabytes * 1024 * 1024];
			new java.util.Random(42).nextBytes(noise);
			// random bytes in a form on the page: merged with the page, and no
			// compression shrinks them
			org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form = new org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject(
					new org.apache.pdfbox.pdmodel.common.PDStream(document, new java.io.ByteArrayInputStream(noise)));
			form.setBBox(new org.apache.pdfbox.pdmodel.common.PDRectangle(1, 1));
			page.setResources(new org.apache.pdfbox.pdmodel.PDResources());
			page.getResources().add(form);
			document.save(out, org.apache.pdfbox.pdfwriter.compress.CompressParameters.NO_COMPRESSION);
			return out.toByteArray();
		}
	}

	public static byte[] encrypted() throws IOException {
		return report(1, "secret");
	}

	private static byte[] report(int pages, String password) throws IOException {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (int i = 1; i <= pages; i++) {
				PDPage page = new PDPage();
				document.addPage(page);
				try (PDPageContentStream text = new PDPageContentStream(document, page)) {
					text.beginText();
					text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
					text.newLineAtOffset(72, 720);
					text.showText("Overview report, page " + i);
					text.endText();
				}
			}
			if (password != null) {
				StandardProtectionPolicy policy = new StandardProtectionPolicy(password, password,
						new AccessPermission());
				policy.setEncryptionKeyLength(128);
				document.protect(policy);
			}
			document.save(out);
			return out.toByteArray();
		}
	}

}
