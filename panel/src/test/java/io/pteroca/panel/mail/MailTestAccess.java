package io.pteroca.panel.mail;

import io.pteroca.panel.shared.PagerCounts;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;

/** Lets tests outside this package run the e-mail log's search on every database. */
public final class MailTestAccess {

    private MailTestAccess() {
    }

    public static long failedTo(ApplicationContext context, String recipientPattern) {
        return context.getBean(EmailLogRepository.class)
                .search(EmailLogEntry.Status.FAILED, recipientPattern, PageRequest.of(0, 10),
                        context.getBean(PagerCounts.class)).getTotalElements();
    }
}
