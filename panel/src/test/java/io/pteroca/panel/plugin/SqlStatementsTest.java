package io.pteroca.panel.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The SQL reading that keeps a plugin on its own tables. */
class SqlStatementsTest {

    private static final String PREFIX = "plg_demo_";

    @Test
    void tablesAfterEveryKeywordAreFound() {
        assertThat(SqlStatements.tables("SELECT a.x FROM plg_demo_a a, users u JOIN payment p ON p.id = a.id WHERE 1 = 1"))
                .containsExactly("plg_demo_a", "users", "payment");
        assertThat(SqlStatements.tables("INSERT INTO plg_demo_a (x) SELECT y FROM setting")).contains("plg_demo_a", "setting");
        assertThat(SqlStatements.tables("CREATE INDEX ix ON users (email)")).containsExactly("users");
        assertThat(SqlStatements.tables("ALTER TABLE plg_demo_a RENAME TO wallet")).contains("wallet");
        assertThat(SqlStatements.tables("DROP TABLE IF EXISTS plg_demo_a, users")).containsExactly("plg_demo_a", "users");
        assertThat(SqlStatements.tables("CREATE TABLE plg_demo_b (id INT, CONSTRAINT fk FOREIGN KEY (id) REFERENCES users (id))"))
                .contains("users");
        assertThat(SqlStatements.tables("UPDATE \"USERS\" SET role = 'ADMIN'")).containsExactly("users");
        assertThat(SqlStatements.tables("SELECT * FROM public.setting")).containsExactly("public.setting");
    }

    @Test
    void stringsAndCommentsHideNothingAndTricksAreRefused() {
        assertThat(SqlStatements.violation("SELECT 'FROM users' FROM plg_demo_a -- FROM users", PREFIX)).isEmpty();
        assertThat(SqlStatements.violation("SELECT * FROM plg_demo_a /* */ , users", PREFIX)).isPresent();
        assertThat(SqlStatements.violation("CREATE ALIAS EXEC FOR \"java.lang.Runtime.exec\"", PREFIX)).isPresent();
        assertThat(SqlStatements.violation("SELECT FILE_READ('/etc/passwd') FROM plg_demo_a", PREFIX)).isPresent();
        assertThat(SqlStatements.violation("SELECT * FROM information_schema.tables", PREFIX)).isPresent();
        assertThat(SqlStatements.violation("SET REFERENTIAL_INTEGRITY FALSE", PREFIX)).isPresent();
        assertThat(SqlStatements.violation("UPDATE plg_demo_a SET n = 1", PREFIX)).isEmpty();
    }

    @Test
    void scriptsSplitOnSemicolonsOutsideStrings() {
        assertThat(SqlStatements.split("INSERT INTO t VALUES ('a;b'); -- c;\nSELECT 1;")).hasSize(2);
    }
}
