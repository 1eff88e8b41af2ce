package io.pteroca.panel.support;

import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.sql.DataSource;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.metamodel.mapping.SelectableMapping;
import org.springframework.context.ApplicationContext;

/**
 * The enum attributes of the entities whose text column is too narrow for the longest name of their enum: saving
 * such a value fails at the database, whatever the form or the code checked before.
 */
public final class EnumColumns {

    private static final Set<Integer> TEXT = Set.of(Types.VARCHAR, Types.CHAR, Types.NVARCHAR, Types.NCHAR,
            Types.LONGVARCHAR, Types.LONGNVARCHAR);

    private EnumColumns() {
    }

    /** "table.column holds n, Enum needs m" for each enum column that cannot hold every value. */
    public static List<String> tooNarrow(ApplicationContext context) {
        SessionFactoryImplementor hibernate = context.getBean(EntityManagerFactory.class).unwrap(SessionFactoryImplementor.class);
        List<String> found = new ArrayList<>();
        try (Connection connection = context.getBean(DataSource.class).getConnection()) {
            DatabaseMetaData database = connection.getMetaData();
            hibernate.getMappingMetamodel().forEachEntityDescriptor(entity -> entity.forEachAttributeMapping(attribute -> {
                Class<?> type = attribute.getJavaType().getJavaTypeClass();
                if (!type.isEnum() || !(attribute instanceof SelectableMapping column)) {
                    return;
                }
                int longest = Arrays.stream(type.getEnumConstants()).mapToInt(value -> ((Enum<?>) value).name().length())
                        .max().orElse(0);
                Integer holds = textSize(database, column.getContainingTableExpression(), column.getSelectionExpression());
                if (holds != null && holds < longest) {
                    found.add(column.getContainingTableExpression() + "." + column.getSelectionExpression() + " holds "
                            + holds + ", " + type.getSimpleName() + " needs " + longest);
                }
            }));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return found;
    }

    /** The column's size if it is a text column, else null; engines differ in how they write names. */
    private static Integer textSize(DatabaseMetaData database, String table, String column) {
        for (String spelling : List.of(table, table.toUpperCase(Locale.ROOT), table.toLowerCase(Locale.ROOT))) {
            try (ResultSet columns = database.getColumns(null, null, spelling, null)) {
                while (columns.next()) {
                    if (columns.getString("COLUMN_NAME").equalsIgnoreCase(column)) {
                        return TEXT.contains(columns.getInt("DATA_TYPE")) ? columns.getInt("COLUMN_SIZE") : null;
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("No column " + table + "." + column + " in the database");
    }
}
