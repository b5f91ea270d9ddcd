package org.dhrqa.tracker.letterimport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.VerticalAlign;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * Letters written as Word and a word processor's PDF would write them, from a simple
 * source: one paragraph per line, a list entry where a line starts with "- ", "1." or
 * "a)" (two leading spaces per level), "## " for a heading and "&lt;sup&gt;" for
 * superscript. The PDF wraps lines, hangs list text after its bullet, and repeats a
 * header and a page-numbered footer on every page; the Word document keeps its bullets
 * and numbers in real list numbering, not in the text.
 */
public final class LetterFixtures {

	private static final Pattern ENTRY = Pattern
		.compile("^( *)(- |\\u2022 |\\* |(\\d{1,2})[.)] |([a-z])[.)] |\\(([a-z])\\) )(.*)$");

	private static final float MARGIN = 72;

	private static final float FONT_SIZE = 11;

	private static final float LEADING = 14;

	private LetterFixtures() {
	}

	/** A paragraph of the source: its text and, for a list entry, its kind and level. */
	record Paragraph(String text, String kind, int level, boolean heading) {

		boolean isEntry() {
			return this.kind != null;
		}

	}

	static List<Paragraph> paragraphs(String source) {
		List<Paragraph> paragraphs = new ArrayList<>();
		for (String line : source.replace("\r\n", "\n").split("\n")) {
			if (line.isBlank()) {
				continue;
			}
			Matcher entry = ENTRY.matcher(line);
			if (entry.matches()) {
				String kind = (entry.group(3) != null) ? "decimal"
						: (entry.group(4) != null || entry.group(5) != null) ? "lowerLetter" : "bullet";
				paragraphs.add(new Paragraph(entry.group(6), kind, entry.group(1).length() / 2, false));
			}
			else if (line.startsWith("## ")) {
				paragraphs.add(new Paragraph(line.substring(3), null, 0, true));
			}
			else {
				paragraphs.add(new Paragraph(line.strip(), null, 0, false));
			}
		}
		return paragraphs;
	}

	/** A Word document with real list numbering. */
	public static byte[] docx(String source) {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			XWPFNumbering numbering = document.createNumbering();
			BigInteger bullets = numbering.addNum(numbering.addAbstractNum(abstractNum(0, "bullet")));
			BigInteger numbers = numbering.addNum(numbering.addAbstractNum(abstractNum(1, "decimal")));
			for (Paragraph paragraph : paragraphs(source)) {
				XWPFParagraph p = document.createParagraph();
				if (paragraph.isEntry()) {
					p.setNumID(paragraph.kind().equals("bullet") ? bullets : numbers);
					p.setNumILvl(BigInteger.valueOf(paragraph.level()
							+ (paragraph.kind().equals("lowerLetter") && paragraph.level() == 0 ? 1 : 0)));
				}
				runs(p, paragraph.text(), paragraph.heading());
			}
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static XWPFAbstractNum abstractNum(int id, String topFormat) {
		CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
		abstractNum.setAbstractNumId(BigInteger.valueOf(id));
		String[] formats = topFormat.equals("bullet") ? new String[] { "bullet", "bullet", "bullet" }
				: new String[] { "decimal", "lowerLetter", "lowerRoman" };
		String[] texts = topFormat.equals("bullet") ? new String[] { "\uF0B7", "o", "\uF0A7" }
				: new String[] { "%1.", "%2)", "%3." };
		for (int level = 0; level < 3; level++) {
			CTLvl lvl = abstractNum.addNewLvl();
			lvl.setIlvl(BigInteger.valueOf(level));
			lvl.addNewStart().setVal(BigInteger.ONE);
			lvl.addNewNumFmt().setVal(STNumberFormat.Enum.forString(formats[level]));
			lvl.addNewLvlText().setVal(texts[level]);
			var indent = lvl.addNewPPr().addNewInd();
			indent.setLeft(BigInteger.valueOf(720L * (level + 1)));
			indent.setHanging(BigInteger.valueOf(360));
		}
		return new XWPFAbstractNum(abstractNum);
	}

	private static void runs(XWPFParagraph paragraph, String text, boolean bold) {
		Matcher sup = Pattern.compile("<sup>(.*?)</sup>").matcher(text);
		int at = 0;
		while (sup.find()) {
			run(paragraph, stripTags(text.substring(at, sup.start())), bold, false);
			run(paragraph, sup.group(1), bold, true);
			at = sup.end();
		}
		run(paragraph, stripTags(text.substring(at)), bold, false);
	}

	private static void run(XWPFParagraph paragraph, String text, boolean bold, boolean superscript) {
		if (text.isEmpty()) {
			return;
		}
		XWPFRun run = paragraph.createRun();
		run.setText(text);
		run.setBold(bold);
		if (superscript) {
			run.setVerticalAlignment(VerticalAlign.SUPERSCRIPT.toString().toLowerCase(java.util.Locale.ROOT));
		}
	}

	private static String stripTags(String text) {
		return text.replaceAll("</?u>", "");
	}

	/**
	 * A PDF as a word processor prints it: wrapped lines, hanging list text, a running
	 * header and a numbered footer on each page.
	 */
	public static byte[] pdf(String source) {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
			PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
			List<List<String[]>> pages = new ArrayList<>();
			List<String[]> page = new ArrayList<>();
			float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
			float y = PDRectangle.A4.getHeight() - MARGIN - 30;
			int[] counters = new int[3];
			for (Paragraph paragraph : paragraphs(source)) {
				float indent = paragraph.isEntry() ? 36 * (paragraph.level() + 1) : 0;
				String marker = null;
				if (paragraph.isEntry()) {
					counters[paragraph.level()]++;
					for (int deeper = paragraph.level() + 1; deeper < 3; deeper++) {
						counters[deeper] = 0;
					}
					marker = switch (paragraph.kind()) {
						case "decimal" -> counters[paragraph.level()] + ".";
						case "lowerLetter" -> (char) ('a' + counters[paragraph.level()] - 1) + ")";
						default -> (paragraph.level() == 0) ? "\u2022" : "-";
					};
				}
				PDType1Font font = paragraph.heading() ? bold : regular;
				List<String> lines = wrap(stripTags(paragraph.text()).replaceAll("</?sup>", ""), font, width - indent);
				for (int i = 0; i < lines.size(); i++) {
					if (y < MARGIN + 30) {
						pages.add(page);
						page = new ArrayList<>();
						y = PDRectangle.A4.getHeight() - MARGIN - 30;
					}
					String lineMarker = (i == 0) ? marker : null;
					page.add(new String[] { lines.get(i), String.valueOf(MARGIN + indent), String.valueOf(y),
							paragraph.heading() ? "bold" : "regular", lineMarker,
							String.valueOf(MARGIN + indent - 18) });
					y -= LEADING;
				}
				y -= paragraph.isEntry() ? 2 : 8;
			}
			pages.add(page);
			for (int p = 0; p < pages.size(); p++) {
				PDPage pdfPage = new PDPage(PDRectangle.A4);
				document.addPage(pdfPage);
				try (PDPageContentStream stream = new PDPageContentStream(document, pdfPage)) {
					text(stream, regular, 9, MARGIN, PDRectangle.A4.getHeight() - 40, "OFFICIAL");
					text(stream, regular, 9, MARGIN, 40, "Page " + (p + 1) + " of " + pages.size());
					for (String[] line : pages.get(p)) {
						float lineY = Float.parseFloat(line[2]);
						if (line[4] != null) {
							text(stream, regular, FONT_SIZE, Float.parseFloat(line[5]), lineY, line[4]);
						}
						text(stream, line[3].equals("bold") ? bold : regular, FONT_SIZE, Float.parseFloat(line[1]),
								lineY, line[0]);
					}
				}
			}
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void text(PDPageContentStream stream, PDType1Font font, float size, float x, float y, String text)
			throws IOException {
		stream.beginText();
		stream.setFont(font, size);
		stream.newLineAtOffset(x, y);
		stream.showText(winAnsi(text));
		stream.endText();
	}

	/** Helvetica has no characters beyond Windows-1252: anything else is replaced. */
	private static String winAnsi(String text) {
		StringBuilder out = new StringBuilder();
		for (char c : text.toCharArray()) {
			boolean encodable = c < 0x80 || (c >= 0xA0 && c <= 0xFF)
					|| "\u2018\u2019\u201C\u201D\u2013\u2014\u2022\u20AC".indexOf(c) >= 0;
			out.append(encodable ? c : '?');
		}
		return out.toString();
	}

	private static List<String> wrap(String text, PDType1Font font, float width) throws IOException {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : text.split("\\s+")) {
			String candidate = line.isEmpty() ? word : line + " " + word;
			if (font.getStringWidth(winAnsi(candidate)) / 1000 * FONT_SIZE > width && !line.isEmpty()) {
				lines.add(line.toString());
				line = new StringBuilder(word);
			}
			else {
				line = new StringBuilder(candidate);
			}
		}
		if (!line.isEmpty()) {
			lines.add(line.toString());
		}
		return lines;
	}

}
