package org.dhrqa.tracker.letterimport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;

import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.letter.Outcome;
import org.dhrqa.tracker.letter.ReceivedLetters;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/letters/parse}: reads a letter (a multipart {@code file}, or the text
 * as a {@code text/plain} body) and answers with what it found. It keeps nothing and
 * changes nothing. A file that cannot be read gets a 4xx with a message saying why.
 */
@RestController
class LetterParseApiController {

	private final LetterReader reader;

	private final MessageSource messages;

	LetterParseApiController(LetterReader reader, MessageSource messages) {
		this.reader = reader;
		this.messages = messages;
	}

	/** The letter as read. */
	record ParsedLetterJson(LocalDate letterDate, LocalDate meetingDate, String csp, List<String> victimPseudonyms,
			Outcome outcome, String heading, List<Item> items, List<String> unplaced, List<String> strengths) {

		record Item(String text, String sectionRef) {

		}

		static ParsedLetterJson of(ParsedLetter letter) {
			return new ParsedLetterJson(letter.letterDate(), letter.meetingDate(), letter.csp(),
					letter.victimPseudonyms(), letter.outcome(), letter.heading(),
					letter.items().stream().map((item) -> new Item(item.text(), item.sectionRef())).toList(),
					letter.unplaced(), letter.strengths());
		}

	}

	@PostMapping(path = UploadSizeFilter.API_PATH, consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<?> parseFile(@RequestParam(name = "file", required = false) MultipartFile file,
			@AuthenticationPrincipal SignedInUser user) throws IOException {
		if (!ReceivedLetters.mayRecord(user)) {
			return forbidden();
		}
		if (file == null) {
			return problem(HttpStatus.BAD_REQUEST, "letterImport.api.fileMissing");
		}
		if (file.getSize() > LetterFiles.MAX_SIZE) {
			return unreadable(UnreadableLetterException.Reason.TOO_LARGE);
		}
		byte[] content = file.getBytes();
		return parse(() -> this.reader.read(content));
	}

	@PostMapping(path = UploadSizeFilter.API_PATH, consumes = MediaType.TEXT_PLAIN_VALUE)
	ResponseEntity<?> parseText(HttpServletRequest request, @AuthenticationPrincipal SignedInUser user)
			throws IOException {
		if (!ReceivedLetters.mayRecord(user)) {
			return forbidden();
		}
		byte[] body;
		try (InputStream in = request.getInputStream()) {
			body = in.readNBytes((int) LetterFiles.MAX_SIZE + 1);
		}
		if (body.length > LetterFiles.MAX_SIZE) {
			return unreadable(UnreadableLetterException.Reason.TOO_LARGE);
		}
		Charset declared = charset(request.getCharacterEncoding());
		return parse(() -> this.reader.readText(body, declared));
	}

	/** Anything else (JSON, a form): say what the endpoint takes. */
	@PostMapping(path = UploadSizeFilter.API_PATH)
	ResponseEntity<?> unsupported(@AuthenticationPrincipal SignedInUser user) {
		if (!ReceivedLetters.mayRecord(user)) {
			return forbidden();
		}
		return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "letterImport.api.contentType");
	}

	private static Charset charset(String name) {
		try {
			return (name != null) ? Charset.forName(name) : StandardCharsets.UTF_8;
		}
		catch (IllegalArgumentException ex) {
			return StandardCharsets.UTF_8;
		}
	}

	private ResponseEntity<?> parse(Supplier<LetterReader.Reading> reading) {
		try {
			return ResponseEntity.ok(ParsedLetterJson.of(reading.get().letter()));
		}
		catch (UnreadableLetterException ex) {
			return unreadable(ex.reason());
		}
	}

	private ResponseEntity<ProblemDetail> unreadable(UnreadableLetterException.Reason reason) {
		HttpStatus status = switch (reason) {
			case TOO_LARGE -> HttpStatus.PAYLOAD_TOO_LARGE;
			case EMPTY -> HttpStatus.BAD_REQUEST;
			case UNSUPPORTED, OLD_WORD -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
			case ENCRYPTED, BROKEN, NO_TEXT, TOO_MUCH_TEXT -> HttpStatus.UNPROCESSABLE_CONTENT;
		};
		return problem(status, reason.messageKey());
	}

	private ResponseEntity<ProblemDetail> forbidden() {
		return problem(HttpStatus.FORBIDDEN, "letterImport.api.forbidden");
	}

	private ResponseEntity<ProblemDetail> problem(HttpStatus status, String messageKey) {
		String message = this.messages.getMessage(messageKey, null, Locale.UK);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message);
		problem.setProperty("message", message);
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
