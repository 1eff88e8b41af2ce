package io.pteroca.panel.account;

import org.springframework.data.jpa.repository.JpaRepository;

interface BillingDetailsRepository extends JpaRepository<BillingDetailsEntity, Long> {
}
