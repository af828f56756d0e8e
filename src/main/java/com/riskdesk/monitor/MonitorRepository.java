package com.riskdesk.monitor;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface MonitorRepository extends ListCrudRepository<Monitor, Long> {

    Optional<Monitor> findBySlug(String slug);

    List<Monitor> findAllByOrderByNameAsc();
}
