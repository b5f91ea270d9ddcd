package org.dhrqa.tracker.letterimport;

import java.nio.charset.StandardCharsets;

/**
 * File names as people's computers and ZIP files give them, made safe to keep and to
 * show: no folders, no "..", nothing a browser or a shell would read as something else.
 */
final class Filenames {

	static final int MAX_LENGTH = 200;

	private Filenames() {
	}

	/** The last part of the name, with only ordinary characters, or the fallback. */
	static String safe(String name, String fallback) {
		if (name == null) {
			return fallback;
		}
		String base = name.replace('\\', '/');
		base = base.substring(base.lastIndexOf('/') + 1);
		base = base.replaceAll("[^\\p{L}\\p{N} ._()&'-]", "_").replaceAll("^[.\\s]+", "").strip();
		if (base.isEmpty()) {
			return fallback;
		}
		return (base.length() <= MAX_LENGTH) ? base : base.substring(base.length() - MAX_LENGTH);
	}

	/** The type of a file from its first bytes: a PDF, a Word document, or text. */
	static String sniff(byte[] content) {
		if (content.length >= 5 && new String(content, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-")) {
			return contentType("PDF");
		}
		if (content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4) {
			return contentType("DOCX");
		}
		return (content.length >= 4 && (content[0] & 0xFF) == 0xD0) ? "application/octet-stream" : "text/plain";
	}

	static String contentType(String format) {
		return switch (format) {
			case "PDF" -> "application/pdf";
			case "DOCX" -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
			default -> "text/plain";
		};
	}

}
