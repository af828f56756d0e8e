package com.riskdesk.entry;

import org.springframework.data.repository.ListCrudRepository;

interface EntryRepository extends ListCrudRepository<Entry, Long> {
}
