package com.riskdesk.security;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface StaffAccountRepository extends ListCrudRepository<StaffAccount, Long> {

    Optional<StaffAccount> findByUsername(String username);

    List<StaffAccount> findAllByOrderByUsernameAsc();

    /** The session generation of an enabled account; empty when it is disabled or gone. */
    @Query("""
            select session_generation
            from staff_account
            where username = :username and enabled
            """)
    Optional<Integer> findSessionGenerationOfEnabled(String username);
}
