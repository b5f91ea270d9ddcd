package org.dhrqa.tracker.document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files live in PostgreSQL: one source of truth, backed up with everything else, shared
 * by every app node. Each file is split into 1 MiB chunks, so storing and serving a 50 MB
 * report never holds more than one chunk in memory. Callers decide who may read which
 * file.
 */
@Service
public class StoredFiles {

	private static final String SELECT = "select id, filename, content_type, size_bytes, sha256, created_at from stored_file ";

	static final int CHUNK_SIZE = 1024 * 1024;

	private final JdbcTemplate jdbc;

	StoredFiles(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional
	public StoredFile store(InputStream content, String filename, String contentType) {
		Long id = this.jdbc.queryForObject("insert into stored_file (filename, content_type, size_bytes, sha256) "
				+ "values (?, ?, 0, repeat('0', 64)) returning id", Long.class, filename, contentType);
		MessageDigest digest = sha256();
		long size = 0;
		int chunkNo = 0;
		try {
			byte[] buffer = new byte[CHUNK_SIZE];
			int filled;
			while ((filled = content.readNBytes(buffer, 0, CHUNK_SIZE)) > 0) {
				byte[] chunk = (filled == CHUNK_SIZE) ? buffer : Arrays.copyOf(buffer, filled);
				digest.update(chunk, 0, filled);
				this.jdbc.update("insert into stored_file_chunk (file_id, chunk_no, data) values (?, ?, ?)", id,
						chunkNo++, chunk);
				size += filled;
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the file being stored", ex);
		}
		String sha = HexFormat.of().formatHex(digest.digest());
		this.jdbc.update("update stored_file set size_bytes = ?, sha256 = ? where id = ?", size, sha, id);
		return find(id).orElseThrow();
	}

	@Transactional
	public StoredFile store(byte[] content, String filename, String contentType) {
		return store(new ByteArrayInputStream(content), filename, contentType);
	}

	@Transactional(readOnly = true)
	public Optional<StoredFile> find(Long id) {
		if (id == null) {
			return Optional.empty();
		}
		return this.jdbc.query(SELECT + "where id = ?", StoredFiles::file, id).stream().findFirst();
	}

	/** These files (without their content), by id, in one query. */
	@Transactional(readOnly = true)
	public Map<Long, StoredFile> findAll(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<Long, StoredFile> files = new HashMap<>();
		this.jdbc.query(SELECT + "where id = any (?)", (rs) -> {
			StoredFile file = file(rs, 0);
			files.put(file.id(), file);
		}, (Object) ids.toArray(Long[]::new));
		return files;
	}

	private static StoredFile file(ResultSet rs, int row) throws SQLException {
		return new StoredFile(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5),
				rs.getTimestamp(6).toInstant());
	}

	/** Writes the file to {@code out} chunk by chunk. */
	@Transactional(readOnly = true)
	public void copyTo(Long id, OutputStream out) {
		int chunks = this.jdbc.queryForObject("select count(*) from stored_file_chunk where file_id = ?", Integer.class,
				id);
		for (int chunkNo = 0; chunkNo < chunks; chunkNo++) {
			byte[] data = this.jdbc.queryForObject(
					"select data from stored_file_chunk where file_id = ? and chunk_no = ?", byte[].class, id, chunkNo);
			try {
				out.write(data);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not send the file", ex);
			}
		}
	}

	/**
	 * The whole file in memory: only for small files such as letters (a few hundred KB).
	 */
	@Transactional(readOnly = true)
	public byte[] bytes(Long id) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		copyTo(id, out);
		return out.toByteArray();
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
