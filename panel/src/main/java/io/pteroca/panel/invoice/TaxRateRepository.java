package io.pteroca.panel.invoice;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface TaxRateRepository extends JpaRepository<TaxRateEntity, String> {

    List<TaxRateEntity> findAllByOrderByCountryAsc();
}
