package io.pteroca.panel.payment;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SavedCardRepository extends JpaRepository<SavedCard, Long> {

    List<SavedCard> findByUserIdOrderById(long userId);

    Optional<SavedCard> findByPaymentMethod(String paymentMethod);
}
