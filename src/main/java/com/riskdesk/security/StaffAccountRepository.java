package com.riskdesk.security;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface StaffAccountRepository extends ListCrudRepository<StaffAccount, Long> {

    Optional<StaffAccount> findByUsername(String username);

    List<StaffAccount> findAllByOrderByUsernameAsc();
}
