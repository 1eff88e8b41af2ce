package io.pteroca.panel.theme;

import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/** Offers {@link ThemeExpressions} as {@code #theme} to every template: pages, error pages and e-mails. */
@Component
class ThemeDialect extends AbstractDialect implements IExpressionObjectDialect {

    private final ThemeSelection selection;

    ThemeDialect(ThemeSelection selection) {
        super("PteroCA themes");
        this.selection = selection;
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of("theme");
            }

            @Override
            public Object buildObject(IExpressionContext context, String expressionObjectName) {
                return new ThemeExpressions(selection.current(), selection.previewing());
            }

            @Override
            public boolean isCacheable(String expressionObjectName) {
                return true;
            }
        };
    }
}
