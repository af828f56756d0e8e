package com.riskdesk.monitor;

import org.springframework.data.repository.ListCrudRepository;

interface MethodologyRepository extends ListCrudRepository<MonitorMethodology, Long> {
}
