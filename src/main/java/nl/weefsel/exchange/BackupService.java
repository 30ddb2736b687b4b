package nl.weefsel.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import nl.weefsel.exchange.internal.Backups;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Back-up and restore in Weefsel's own JSON format: the whole graph as stored, ids, audit stamps,
 * versions, provenance and history included, so that export → empty database → import gives the
 * same network back. Administrators only: a back-up holds everything, personal data included.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class BackupService {

    private final Backups backups;

    BackupService(Backups backups) {
        this.backups = backups;
    }

    /**
     * Writes the whole database, or one area's part of it, to {@code out}.
     *
     * @param areaCode the CBS code of the area, or {@code null} for everything
     * @throws nl.weefsel.base.NotFoundException when no area has that code
     */
    @Transactional(readOnly = true)
    public BackupSummary export(@Nullable String areaCode, OutputStream out) {
        try {
            return backups.export(areaCode, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads and checks the whole file first, then writes it in one transaction: a bad file or a
     * failure while writing leaves the database unchanged.
     *
     * @param merge whether to merge into a database that already holds a network; without it,
     *              such a database is refused
     * @throws InvalidFileException       when the file is malformed, of an unknown version, or inconsistent
     * @throws DatabaseNotEmptyException  when the database holds records and {@code merge} is false
     */
    public BackupSummary restore(InputStream in, boolean merge) {
        return backups.restore(in, merge);
    }
}
