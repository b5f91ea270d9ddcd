package org.dhrqa.tracker.letterimport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.document.StoredFiles;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * The back catalogue: many letters at once, as several files or in ZIP files. Each letter
 * becomes a waiting row of the import queue. ZIP files are opened with care: at most
 * {@value #MAX_LETTERS} letters and {@value #MAX_UNCOMPRESSED_MB} MB once uncompressed
 * (counted as the bytes come out, not as the archive claims), entries' folders ignored so
 * no name can point anywhere, and nothing written to disk. ZIPs inside ZIPs are not
 * opened.
 */
@Service
class BatchUploads {

	static final int MAX_LETTERS = 200;

	static final int MAX_UNCOMPRESSED_MB = 200;

	private static final long MAX_UNCOMPRESSED = MAX_UNCOMPRESSED_MB * 1024L * 1024L;

	private final LetterImportRepository repository;

	private final StoredFiles files;

	private final Clock clock;

	BatchUploads(LetterImportRepository repository, StoredFiles files, Clock clock) {
		this.repository = repository;
		this.files = files;
		this.clock = clock;
	}

	/** A batch refused as a whole, with the message key of why. */
	static class RejectedException extends RuntimeException {

		private final String messageKey;

		RejectedException(String messageKey) {
			super(messageKey);
			this.messageKey = messageKey;
		}

		String messageKey() {
			return this.messageKey;
		}

	}

	/** How a batch went: its id and how many letters wait to be read. */
	record Batch(UUID id, int queued) {

	}

	private record Letter(String name, byte[] content) {

	}

	/**
	 * Queues every letter in the files; refuses the whole batch (keeping nothing) when a
	 * ZIP holds too much.
	 */
	@Transactional
	Batch upload(List<MultipartFile> uploads, SignedInUser user) {
		LetterImports.requireSecretariat(user);
		List<Letter> letters = new ArrayList<>();
		long[] total = { 0 };
		for (MultipartFile upload : uploads) {
			if (upload.isEmpty()) {
				continue;
			}
			try {
				if (isArchive(upload)) {
					expand(upload, letters, total);
				}
				else {
					add(letters, new Letter(upload.getOriginalFilename(), upload.getBytes()));
				}
			}
			catch (IOException ex) {
				throw new RejectedException("letterImport.batch.unreadable");
			}
		}
		if (letters.isEmpty()) {
			throw new RejectedException("letterImport.batch.required");
		}
		UUID batch = UUID.randomUUID();
		for (Letter letter : letters) {
			String name = Filenames.safe(letter.name(), "letter");
			boolean tooLarge = letter.content().length > LetterFiles.MAX_SIZE;
			// an over-large letter is listed with the reason, its bytes not kept
			Long fileId = tooLarge ? null
					: this.files.store(letter.content(), name, Filenames.sniff(letter.content())).id();
			LetterImport queued = new LetterImport(user, batch, name, fileId, this.clock.instant());
			if (tooLarge) {
				queued.failed(UnreadableLetterException.Reason.TOO_LARGE.messageKey(), this.clock.instant());
			}
			this.repository.save(queued);
		}
		return new Batch(batch, letters.size());
	}

	/** A ZIP that is not a Word document (which is a ZIP too). */
	private static boolean isArchive(MultipartFile upload) throws IOException {
		String name = (upload.getOriginalFilename() != null) ? upload.getOriginalFilename().toLowerCase(Locale.UK) : "";
		if (name.endsWith(".docx")) {
			return false;
		}
		try (InputStream in = upload.getInputStream()) {
			byte[] head = in.readNBytes(4);
			return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
		}
	}

	private static void expand(MultipartFile upload, List<Letter> letters, long[] total) throws IOException {
		try (ZipInputStream zip = new ZipInputStream(upload.getInputStream())) {
			ZipEntry entry;
			while ((entry = nextEntry(zip)) != null) {
				String name = entry.getName();
				String base = Filenames.safe(name, "");
				if (entry.isDirectory() || base.isEmpty() || name.contains("__MACOSX") || base.startsWith(".")
						|| base.equalsIgnoreCase("Thumbs.db") || base.equalsIgnoreCase("desktop.ini")) {
					drain(zip, total);
					continue;
				}
				add(letters, new Letter(base, read(zip, total)));
			}
		}
	}

	private static ZipEntry nextEntry(ZipInputStream zip) {
		try {
			return zip.getNextEntry();
		}
		catch (ZipException | IllegalArgumentException ex) {
			throw new RejectedException("letterImport.batch.brokenZip");
		}
		catch (IOException ex) {
			throw new RejectedException("letterImport.batch.unreadable");
		}
	}

	/**
	 * The entry's bytes, up to one byte over the letter limit (so an over-large letter is
	 * known as such); the rest is counted and thrown away.
	 */
	private static byte[] read(ZipInputStream zip, long[] total) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[64 * 1024];
		int read;
		while ((read = zip.read(buffer)) > 0) {
			count(total, read);
			if (out.size() <= LetterFiles.MAX_SIZE) {
				out.write(buffer, 0, (int) Math.min(read, LetterFiles.MAX_SIZE + 1 - out.size()));
			}
		}
		return out.toByteArray();
	}

	private static void drain(ZipInputStream zip, long[] total) throws IOException {
		byte[] buffer = new byte[64 * 1024];
		int read;
		while ((read = zip.read(buffer)) > 0) {
			count(total, read);
		}
	}

	private static void count(long[] total, int read) {
		total[0] += read;
		if (total[0] > MAX_UNCOMPRESSED) {
			throw new RejectedException("letterImport.batch.tooBig");
		}
	}

	private static void add(List<Letter> letters, Letter letter) {
		if (letters.size() >= MAX_LETTERS) {
			throw new RejectedException("letterImport.batch.tooMany");
		}
		letters.add(letter);
	}

}
