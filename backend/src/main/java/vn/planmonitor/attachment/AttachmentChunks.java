package vn.planmonitor.attachment;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A file's bytes as rows of at most {@link #CHUNK} bytes, so one file never sits whole in the heap (nor
 * in the JDBC driver's buffers), and no statement passes the server's {@code max_allowed_packet}.
 */
@ApplicationScoped
public class AttachmentChunks {

    static final int CHUNK = 1024 * 1024;

    @Inject
    EntityManager em;

    @Inject
    AgroalDataSource dataSource;

    static int chunksFor(long size) {
        return (int) ((size + CHUNK - 1) / CHUNK);
    }

    /** Writes the file in the caller's transaction, so a refused or failed upload leaves no piece behind. */
    @Transactional(Transactional.TxType.MANDATORY)
    void write(long attachmentId, Path file) {
        em.unwrap(Session.class).doWork(connection -> {
            try (InputStream in = Files.newInputStream(file);
                 PreparedStatement ps = connection.prepareStatement(
                         "INSERT INTO attachment_chunk (attachment_id, seq, data) VALUES (?, ?, ?)")) {
                byte[] buffer = new byte[CHUNK];
                int seq = 0;
                int n;
                while ((n = in.readNBytes(buffer, 0, CHUNK)) > 0) {
                    ps.setLong(1, attachmentId);
                    ps.setInt(2, seq++);
                    ps.setBytes(3, n == CHUNK ? buffer : java.util.Arrays.copyOf(buffer, n));
                    ps.executeUpdate();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * Copies the stored bytes to {@code out} a chunk at a time, on a connection of its own: the response is
     * written after the request's transaction has ended.
     */
    void copy(long attachmentId, int chunkCount, OutputStream out) throws IOException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement ps = connection.prepareStatement(
                     "SELECT data FROM attachment_chunk WHERE attachment_id = ? AND seq = ?")) {
            for (int seq = 0; seq < chunkCount; seq++) {
                ps.setLong(1, attachmentId);
                ps.setInt(2, seq);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        // Deleted while being sent: cut the response short rather than send a different file.
                        throw new IOException("attachment " + attachmentId + " is gone");
                    }
                    try (InputStream in = rs.getBinaryStream(1)) {
                        in.transferTo(out);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IOException("attachment " + attachmentId + " could not be read", e);
        }
    }
}
