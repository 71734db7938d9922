package vn.planmonitor.common;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What a Galera cluster needs from the schema and the code: every table InnoDB with a primary key
 * (rows are replicated and certified by key; a table without one is replicated slowly and may differ
 * between nodes), and no LOCK TABLES (table locks are not replicated). Checked on the migrated schema,
 * so a new changelog that forgets a key fails here.
 */
@QuarkusTest
class ClusterSchemaTest {

    /**
     * Liquibase's own history table has no key of its own; it is written only while migrating, under
     * Liquibase's lock (DATABASECHANGELOGLOCK, which has one), by one instance, and never updated.
     */
    private static final String LIQUIBASE_HISTORY = "databasechangelog";

    @Inject
    EntityManager entityManager;

    @Test
    void shouldGiveEveryTableAPrimaryKey() {
        @SuppressWarnings("unchecked")
        List<String> withoutKey = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "SELECT t.table_name FROM information_schema.tables t WHERE t.table_schema = DATABASE()"
                        + " AND t.table_type = 'BASE TABLE' AND NOT EXISTS (SELECT 1 FROM information_schema.table_constraints c"
                        + " WHERE c.table_schema = t.table_schema AND c.table_name = t.table_name"
                        + " AND c.constraint_type = 'PRIMARY KEY') ORDER BY t.table_name").getResultList());
        assertEquals(List.of(LIQUIBASE_HISTORY),
                withoutKey.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList());
    }

    @Test
    void shouldKeepEveryTableInInnoDb() {
        @SuppressWarnings("unchecked")
        List<String> other = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()"
                        + " AND table_type = 'BASE TABLE' AND engine <> 'InnoDB'").getResultList());
        assertEquals(List.of(), other);
    }

    @Test
    void shouldNeverLockWholeTables() throws IOException {
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/main/java")),
                Files.walk(Path.of("src/main/resources/db")))) {
            List<Path> locking = files.filter(Files::isRegularFile).filter(f -> {
                try {
                    return Files.readString(f).toUpperCase(Locale.ROOT).matches("(?s).*\\bLOCK\\s+TABLES?\\b.*");
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
            assertEquals(List.of(), locking);
        }
    }
}
