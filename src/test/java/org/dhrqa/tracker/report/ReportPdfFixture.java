package org.dhrqa.tracker.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Overview-report PDFs laid out the way word processors print them: a cover without
 * running header, a contents page with dot leaders and page numbers, a running header and
 * a "Page N of M" footer on every other page, numbers in a hanging column, paragraphs
 * running over page breaks. In a block's text, "|" marks where a word is hyphenated at
 * the end of a line and "\n" forces a new line; ligatures and non-breaking spaces are
 * written as they are.
 */
final class ReportPdfFixture {

	static final String HEADER = "OFFICIAL-SENSITIVE";

	static final String RUNNING_TITLE = "Salome: Domestic Homicide Review Overview Report";

	static final String FOOTER = "Kent & Medway Community Safety Partnership";

	private static final float FONT_SIZE = 11;

	private static final float LEADING = 15;

	private static final float LEFT = 72;

	private static final float TEXT = 120;

	private static final float SUB_TEXT = 150;

	private static final float RIGHT = PDRectangle.A4.getWidth() - 72;

	private static final float TOP = 760;

	enum Kind {

		HEADING, PARAGRAPH, SUB_POINT

	}

	/** A heading ("16", "Analysis"), a numbered paragraph, or a sub-point ("(a)"). */
	record Block(Kind kind, String number, String text) {

	}

	record Report(List<String> cover, List<Block> blocks) {

	}

	static Block heading(String number, String title) {
		return new Block(Kind.HEADING, number, title);
	}

	static Block paragraph(String number, String text) {
		return new Block(Kind.PARAGRAPH, number, text);
	}

	static Block subPoint(String label, String text) {
		return new Block(Kind.SUB_POINT, label, text);
	}

	private record Segment(float x, String text, boolean bold) {

	}

	private record Row(List<Segment> segments) {

	}

	/** Where each block's first and last rows ended up, by block index. */
	record Layout(byte[] pdf, Map<Integer, int[]> pagesOfBlock) {

		boolean spansPages(int block) {
			int[] pages = this.pagesOfBlock.get(block);
			return pages[0] != pages[1];
		}

	}

	static Layout write(Report report, int rowsPerPage) {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDFont regular = font(document, "LiberationSans-Regular.ttf");
			PDFont bold = font(document, "LiberationSans-Bold.ttf");
			List<List<Row>> body = new ArrayList<>();
			Map<Integer, int[]> pagesOfBlock = new LinkedHashMap<>();
			Map<String, Integer> headingPages = new LinkedHashMap<>();
			layOut(report.blocks(), regular, rowsPerPage, body, pagesOfBlock, headingPages);
			int total = body.size() + 2;
			writeCover(document, report.cover(), bold);
			writeContents(document, headingPages, regular, bold, total);
			for (int p = 0; p < body.size(); p++) {
				writePage(document, body.get(p), regular, bold, p + 3, total);
			}
			document.save(out);
			Map<Integer, int[]> printed = new LinkedHashMap<>();
			pagesOfBlock.forEach((block, pages) -> printed.put(block, new int[] { pages[0] + 3, pages[1] + 3 }));
			return new Layout(out.toByteArray(), printed);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** What the splitter should read back: number, heading, text of each paragraph. */
	static List<ReportParagraph> expected(Report report) {
		List<ReportParagraph> paragraphs = new ArrayList<>();
		paragraphs.add(new ReportParagraph("", null, plain(String.join(" ", report.cover())), 1, 0));
		String parent = "";
		for (Block block : report.blocks()) {
			switch (block.kind()) {
				case HEADING -> {
					parent = block.number();
					paragraphs.add(new ReportParagraph(block.number(), plain(block.text()), "", 0, 0));
				}
				case PARAGRAPH -> {
					parent = block.number();
					paragraphs.add(new ReportParagraph(block.number(), null, plain(block.text()), 0, 0));
				}
				case SUB_POINT ->
					paragraphs.add(new ReportParagraph(parent + block.number(), null, plain(block.text()), 0, 0));
			}
		}
		return paragraphs;
	}

	static String plain(String text) {
		return text.replace("|", "")
			.replace("\n", " ")
			.replace("\uFB01", "fi")
			.replace("\uFB02", "fl")
			.replace('\u00A0', ' ');
	}

	private static void layOut(List<Block> blocks, PDFont font, int rowsPerPage, List<List<Row>> pages,
			Map<Integer, int[]> pagesOfBlock, Map<String, Integer> headingPages) throws IOException {
		List<Row> page = new ArrayList<>();
		pages.add(page);
		for (int b = 0; b < blocks.size(); b++) {
			Block block = blocks.get(b);
			List<Row> rows = rows(block, font);
			if (!page.isEmpty()) {
				page.add(new Row(List.of()));
			}
			int first = -1;
			for (Row row : rows) {
				if (page.size() >= rowsPerPage) {
					page = new ArrayList<>();
					pages.add(page);
				}
				page.add(row);
				if (first < 0) {
					first = pages.size() - 1;
				}
			}
			pagesOfBlock.put(b, new int[] { first, pages.size() - 1 });
			if (block.kind() == Kind.HEADING) {
				headingPages.put(block.number() + ". " + block.text(), first + 3);
			}
		}
	}

	private static List<Row> rows(Block block, PDFont font) throws IOException {
		List<Row> rows = new ArrayList<>();
		if (block.kind() == Kind.HEADING) {
			rows.add(new Row(
					List.of(new Segment(LEFT, block.number() + ".", true), new Segment(TEXT, block.text(), true))));
			return rows;
		}
		float x = (block.kind() == Kind.SUB_POINT) ? SUB_TEXT : TEXT;
		float labelX = (block.kind() == Kind.SUB_POINT) ? TEXT : LEFT;
		List<String> lines = wrap(block.text(), font, RIGHT - x);
		for (int i = 0; i < lines.size(); i++) {
			List<Segment> segments = new ArrayList<>();
			if (i == 0) {
				segments.add(new Segment(labelX, block.number(), false));
			}
			segments.add(new Segment(x, lines.get(i), false));
			rows.add(new Row(segments));
		}
		return rows;
	}

	/**
	 * Words wrapped to the width; "|" breaks a word with a hyphen, "\n" forces a line.
	 */
	private static List<String> wrap(String text, PDFont font, float width) throws IOException {
		List<String> lines = new ArrayList<>();
		for (String forced : text.split("\n")) {
			StringBuilder line = new StringBuilder();
			for (String word : forced.split(" ")) {
				String[] pieces = word.split("\\|", 2);
				String candidate = line.isEmpty() ? pieces[0] : line + " " + pieces[0];
				String measured = (pieces.length > 1) ? candidate + "-" : candidate;
				if (width(font, measured) > width && !line.isEmpty()) {
					lines.add(line.toString());
					line = new StringBuilder(pieces[0]);
				}
				else {
					line = new StringBuilder(candidate);
				}
				if (pieces.length > 1) {
					lines.add(line + "-");
					line = new StringBuilder(pieces[1]);
				}
			}
			lines.add(line.toString());
		}
		return lines;
	}

	private static float width(PDFont font, String text) throws IOException {
		return font.getStringWidth(text) / 1000 * FONT_SIZE;
	}

	private static void writeCover(PDDocument document, List<String> cover, PDFont bold) throws IOException {
		PDPage page = new PDPage(PDRectangle.A4);
		document.addPage(page);
		try (PDPageContentStream content = new PDPageContentStream(document, page)) {
			float y = 600;
			for (String line : cover) {
				text(content, bold, 16, LEFT, y, line);
				y -= 24;
			}
		}
	}

	private static void writeContents(PDDocument document, Map<String, Integer> headings, PDFont regular, PDFont bold,
			int total) throws IOException {
		PDPage page = new PDPage(PDRectangle.A4);
		document.addPage(page);
		try (PDPageContentStream content = new PDPageContentStream(document, page)) {
			runningHeadAndFoot(content, regular, 2, total);
			text(content, bold, 14, LEFT, TOP, "Contents");
			float y = TOP - 2 * LEADING;
			for (Map.Entry<String, Integer> heading : headings.entrySet()) {
				text(content, regular, FONT_SIZE, LEFT, y, heading.getKey());
				float dotsFrom = LEFT + width(regular, heading.getKey()) + 6;
				String dots = ".".repeat((int) ((RIGHT - 30 - dotsFrom) / width(regular, ".")));
				text(content, regular, FONT_SIZE, dotsFrom, y, dots);
				text(content, regular, FONT_SIZE, RIGHT - 15, y, String.valueOf(heading.getValue()));
				y -= LEADING;
			}
		}
	}

	private static void writePage(PDDocument document, List<Row> rows, PDFont regular, PDFont bold, int number,
			int total) throws IOException {
		PDPage page = new PDPage(PDRectangle.A4);
		document.addPage(page);
		try (PDPageContentStream content = new PDPageContentStream(document, page)) {
			runningHeadAndFoot(content, regular, number, total);
			float y = TOP;
			for (Row row : rows) {
				for (Segment segment : row.segments()) {
					text(content, segment.bold() ? bold : regular, segment.bold() ? 12 : FONT_SIZE, segment.x(), y,
							segment.text());
				}
				y -= LEADING;
			}
		}
	}

	private static void runningHeadAndFoot(PDPageContentStream content, PDFont font, int number, int total)
			throws IOException {
		text(content, font, 9, LEFT, 805, HEADER);
		text(content, font, 9, LEFT, 793, RUNNING_TITLE);
		text(content, font, 9, LEFT, 40, FOOTER);
		text(content, font, 9, RIGHT - 60, 40, "Page " + number + " of " + total);
	}

	private static void text(PDPageContentStream content, PDFont font, float size, float x, float y, String text)
			throws IOException {
		content.beginText();
		content.setFont(font, size);
		content.newLineAtOffset(x, y);
		content.showText(text);
		content.endText();
	}

	private static PDFont font(PDDocument document, String file) throws IOException {
		try (InputStream in = ReportPdfFixture.class.getResourceAsStream("/liberation/" + file)) {
			return PDType0Font.load(document, in);
		}
	}

}
