package com.riskdesk.monitor;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface MonitorRevisionRepository extends ListCrudRepository<MonitorRevision, Long> {

    List<MonitorRevision> findByMonitorIdOrderByChangedAtDescIdDesc(long monitorId);
}
