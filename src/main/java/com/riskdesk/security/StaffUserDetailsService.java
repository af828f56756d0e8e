package com.riskdesk.security;

import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.transaction.annotation.Transactional;

/** Looks up staff accounts for sign-in; a disabled account cannot sign in. */
class StaffUserDetailsService implements UserDetailsService {

    private final StaffAccountRepository accounts;

    StaffUserDetailsService(StaffAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        StaffAccount account = accounts.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
        return new StaffPrincipal(account.username(), account.passwordHash(), account.enabled(),
                AuthorityUtils.createAuthorityList(account.role() == StaffRole.ADMIN
                        ? new String[] {"ROLE_" + StaffRole.ADMIN_ROLE, "ROLE_" + StaffRole.EDITOR_ROLE}
                        : new String[] {"ROLE_" + StaffRole.EDITOR_ROLE}),
                account.sessionGeneration());
    }
}
