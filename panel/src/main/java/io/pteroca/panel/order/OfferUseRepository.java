package io.pteroca.panel.order;

import org.springframework.data.jpa.repository.JpaRepository;

interface OfferUseRepository extends JpaRepository<OfferUse, Long> {

    boolean existsByProductIdAndOfferAndAccountId(long productId, OfferUse.Offer offer, long accountId);

    boolean existsByProductIdAndOfferAndPterodactylUserId(long productId, OfferUse.Offer offer, long pterodactylUserId);
}
