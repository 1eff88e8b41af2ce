package io.pteroca.panel.customer;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface AccountClosureRepository extends JpaRepository<AccountClosure, Long> {

    List<AccountClosure> findByStatusAndNextAttemptAtLessThanEqualOrderByNextAttemptAt(AccountClosure.Status status,
                                                                                       Instant now, Limit limit);
}
