package com.riskdesk.monitor;

import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class MonitorService {

    private final MonitorRepository monitors;

    MonitorService(MonitorRepository monitors) {
        this.monitors = monitors;
    }

    @Transactional(readOnly = true)
    public List<MonitorDetails> all() {
        return monitors.findAllByOrderByNameAsc().stream().map(MonitorDetails::of).toList();
    }

    @Transactional(readOnly = true)
    public Optional<MonitorDetails> findBySlug(String slug) {
        if (slug == null || slug.length() > MonitorDefinition.SLUG_MAX) {
            return Optional.empty();
        }
        return monitors.findBySlug(slug).map(MonitorDetails::of);
    }

    @Transactional(readOnly = true)
    public Optional<MonitorDetails> findById(long id) {
        return monitors.findById(id).map(MonitorDetails::of);
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public MonitorDetails create(MonitorDefinition definition) {
        if (monitors.findBySlug(definition.slug()).isPresent()) {
            throw new IllegalArgumentException("A monitor with slug '" + definition.slug() + "' already exists");
        }
        return MonitorDetails.of(monitors.save(Monitor.create(definition)));
    }
}
