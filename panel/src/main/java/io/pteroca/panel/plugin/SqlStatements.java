package io.pteroca.panel.plugin;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Just enough SQL reading to keep a plugin on its own tables: splits scripts into statements, finds the table
 * names a statement touches (after FROM, JOIN, INTO, UPDATE, TABLE, REFERENCES, an index's ON, ...) and the
 * statements and functions a plugin may never run (file access, other schemas, Java aliases, users, grants).
 * It errs on the side of refusing: a plugin can always write its SQL more plainly.
 */
final class SqlStatements {

    /** What a statement may begin with. */
    private static final Set<String> ALLOWED_FIRST = Set.of("select", "insert", "update", "delete", "create", "alter",
            "drop", "with", "merge", "truncate");
    /** What may follow CREATE (ALIAS, TRIGGER, FUNCTION, USER... are refused). */
    private static final Set<String> ALLOWED_CREATE = Set.of("table", "index", "unique", "sequence", "view");
    private static final Set<String> FORBIDDEN_WORDS = Set.of("information_schema", "pg_catalog", "performance_schema",
            "file_read", "file_write", "csvread", "csvwrite", "link_schema", "runscript", "load_file", "outfile",
            "dumpfile", "pg_read_file", "pg_read_binary_file", "pg_ls_dir", "pg_stat_file", "lo_import", "lo_export",
            "dblink", "copy", "grant", "revoke", "alias", "trigger", "procedure", "function", "shutdown", "execute",
            "call", "pg_sleep", "sleep", "benchmark", "set", "schema", "database", "user", "role");
    /** Words after which a table name follows. */
    private static final Set<String> TABLE_BEFORE = Set.of("from", "join", "into", "update", "table", "references", "truncate",
            "view", "sequence", "using");
    private static final Set<String> ENDS_TABLE_LIST = Set.of("where", "join", "inner", "left", "right", "full", "cross",
            "natural", "on", "group", "order", "having", "limit", "offset", "union", "except", "intersect", "for", "set",
            "values", "select", "returning", "window", "fetch", "as", "lock");

    private SqlStatements() {
    }

    /** A word of SQL: an identifier or keyword (lower case, quotes removed), or one punctuation character. */
    record Token(String text, boolean word, boolean quoted) {
    }

    /** Splits a script on semicolons outside strings and comments; empty statements are dropped. */
    static List<String> split(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int i = 0;
        while (i < script.length()) {
            char c = script.charAt(i);
            int skip = skippable(script, i);
            if (skip > i) {
                current.append(script, i, skip);
                i = skip;
            } else if (c == ';') {
                add(statements, current);
                current.setLength(0);
                i++;
            } else {
                current.append(c);
                i++;
            }
        }
        add(statements, current);
        return statements;
    }

    private static void add(List<String> statements, StringBuilder statement) {
        if (!statement.toString().isBlank()) {
            statements.add(statement.toString().strip());
        }
    }

    /** The end of a string, quoted name or comment starting at {@code i}, or {@code i} when none starts there. */
    private static int skippable(String sql, int i) {
        char c = sql.charAt(i);
        if (c == '\'' || c == '"' || c == '`') {
            int end = i + 1;
            while (end < sql.length()) {
                if (sql.charAt(end) == c) {
                    if (end + 1 < sql.length() && sql.charAt(end + 1) == c) {
                        end += 2;
                        continue;
                    }
                    return end + 1;
                }
                if (c == '\'' && sql.charAt(end) == '\\' && end + 1 < sql.length()) {
                    end += 2;
                    continue;
                }
                end++;
            }
            return sql.length();
        }
        if (sql.startsWith("--", i) || c == '#') {
            int end = sql.indexOf('\n', i);
            return end < 0 ? sql.length() : end + 1;
        }
        if (sql.startsWith("/*", i)) {
            int end = sql.indexOf("*/", i + 2);
            return end < 0 ? sql.length() : end + 2;
        }
        if (c == '$') {
            int tagEnd = sql.indexOf('$', i + 1);
            if (tagEnd > i && sql.substring(i + 1, tagEnd).matches("[A-Za-z_]*")) {
                String tag = sql.substring(i, tagEnd + 1);
                int end = sql.indexOf(tag, tagEnd + 1);
                return end < 0 ? sql.length() : end + tag.length();
            }
        }
        return i;
    }

    static List<Token> tokens(String sql) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '"' || c == '`') {
                int end = skippable(sql, i);
                String name = sql.substring(i + 1, Math.max(i + 1, end - 1)).replace(String.valueOf(c) + c, String.valueOf(c));
                tokens.add(new Token(name.toLowerCase(Locale.ROOT), true, true));
                i = end;
            } else if (skippable(sql, i) > i) {
                if (c == '\'') {
                    tokens.add(new Token("'", false, false));
                }
                i = skippable(sql, i);
            } else if (Character.isLetter(c) || c == '_') {
                int end = i;
                while (end < sql.length() && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '_'
                        || sql.charAt(end) == '$')) {
                    end++;
                }
                tokens.add(new Token(sql.substring(i, end).toLowerCase(Locale.ROOT), true, false));
                i = end;
            } else {
                tokens.add(new Token(String.valueOf(c), false, false));
                i++;
            }
        }
        return tokens;
    }

    /** Why a plugin may not run this statement at all, if it may not. */
    static Optional<String> forbidden(String statement) {
        List<Token> tokens = tokens(statement);
        if (tokens.isEmpty()) {
            return Optional.of("empty statement");
        }
        String first = tokens.get(0).text();
        if (!ALLOWED_FIRST.contains(first)) {
            return Optional.of("statements starting with " + first.toUpperCase(Locale.ROOT) + " are not allowed");
        }
        if (first.equals("create") && (tokens.size() < 2 || !ALLOWED_CREATE.contains(tokens.get(1).text()))) {
            return Optional.of("only tables, indexes, sequences and views may be created");
        }
        for (Token token : tokens) {
            if (token.word() && !token.quoted() && FORBIDDEN_WORDS.contains(token.text()) && !allowedSet(tokens, token)) {
                return Optional.of(token.text().toUpperCase(Locale.ROOT) + " is not allowed");
            }
        }
        return Optional.empty();
    }

    /** SET is fine inside UPDATE ... SET and ON UPDATE SET NULL; only a statement of its own is refused. */
    private static boolean allowedSet(List<Token> tokens, Token token) {
        return token.text().equals("set") && tokens.get(0) != token;
    }

    /** The tables a statement names, in lower case, quotes removed; qualified names keep their dot. */
    static Set<String> tables(String statement) {
        List<Token> tokens = tokens(statement);
        Set<String> tables = new LinkedHashSet<>();
        boolean createIndex = tokens.size() > 2 && tokens.get(0).text().equals("create")
                && (tokens.get(1).text().equals("index") || tokens.get(2).text().equals("index"));
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (!token.word() || token.quoted()) {
                continue;
            }
            boolean tableFollows = TABLE_BEFORE.contains(token.text()) || createIndex && token.text().equals("on")
                    || token.text().equals("to") && i > 0 && tokens.get(i - 1).text().equals("rename");
            if (!tableFollows) {
                continue;
            }
            boolean list = token.text().equals("from") || token.text().equals("table") || token.text().equals("using");
            int next = i + 1;
            while (next < tokens.size()) {
                next = skipWords(tokens, next, "if", "not", "exists", "only", "lateral");
                if (next >= tokens.size() || !tokens.get(next).word()) {
                    break;
                }
                StringBuilder name = new StringBuilder(tokens.get(next).text());
                next++;
                while (next + 1 < tokens.size() && tokens.get(next).text().equals(".") && tokens.get(next + 1).word()) {
                    name.append('.').append(tokens.get(next + 1).text());
                    next += 2;
                }
                if (!isKeyword(name.toString())) {
                    tables.add(name.toString());
                }
                if (!list) {
                    break;
                }
                // an alias, then a comma continues the list
                next = skipWords(tokens, next, "as");
                if (next < tokens.size() && tokens.get(next).word() && !ENDS_TABLE_LIST.contains(tokens.get(next).text())) {
                    next++;
                }
                if (next < tokens.size() && tokens.get(next).text().equals(",")) {
                    next++;
                } else {
                    break;
                }
            }
        }
        return tables;
    }

    private static boolean isKeyword(String word) {
        return word.equals("select") || word.equals("values") || word.equals("set") || word.equals("default");
    }

    private static int skipWords(List<Token> tokens, int at, String... words) {
        int i = at;
        while (i < tokens.size() && !tokens.get(i).quoted() && List.of(words).contains(tokens.get(i).text())) {
            i++;
        }
        return i;
    }

    /** The identifiers of a statement (unquoted and quoted), for checking against the tables that exist. */
    static Set<String> identifiers(String statement) {
        Set<String> words = new LinkedHashSet<>();
        for (Token token : tokens(statement)) {
            if (token.word()) {
                words.add(token.text());
            }
        }
        return words;
    }

    /** The first table outside the prefix that the statement names, or why the statement is not allowed. */
    static Optional<String> violation(String statement, String prefix) {
        Optional<String> forbidden = forbidden(statement);
        if (forbidden.isPresent()) {
            return forbidden;
        }
        return tables(statement).stream().filter(table -> !table.startsWith(prefix)).findFirst()
                .map(table -> "table " + table + " is not named " + prefix + "…");
    }
}
