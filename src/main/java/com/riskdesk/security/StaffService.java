package com.riskdesk.security;

import com.riskdesk.base.i18n.RefusedException;
import java.time.Clock;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff accounts. Every change needs an admin; the checks here hold whatever screen calls them. Disabling an account,
 * changing its role or resetting its password ends its sessions ({@link StaffSessions}).
 */
@Service
public class StaffService {

    private final StaffAccountRepository accounts;
    private final PasswordEncoder passwords;
    private final Clock clock;
    private final StaffSessions sessions;
    private final SecurityAudit audit;

    StaffService(StaffAccountRepository accounts, PasswordEncoder passwords, Clock clock, StaffSessions sessions,
                 SecurityAudit audit) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.clock = clock;
        this.sessions = sessions;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<StaffMember> all() {
        return accounts.findAllByOrderByUsernameAsc().stream().map(StaffMember::of).toList();
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public StaffMember create(NewStaffMember member) {
        return StaffMember.of(createAccount(member));
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void resetPassword(long id, String newPassword) {
        checkPassword(newPassword);
        StaffAccount saved = accounts.save(load(id).withPasswordHash(passwords.encode(newPassword)));
        audit.accountChanged(SecurityEventKind.PASSWORD_RESET, saved.username(), null);
        sessions.revoke(saved);
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void changeRole(long id, StaffRole role) {
        StaffAccount account = load(id);
        if (account.role() == StaffRole.ADMIN && role != StaffRole.ADMIN) {
            requireAnotherActiveAdmin(account);
        }
        if (role != account.role()) {
            audit.accountChanged(SecurityEventKind.ROLE_CHANGED, account.username(),
                    account.role().label() + " → " + role.label());
            sessions.revoke(accounts.save(account.withRole(role)));
        }
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void setEnabled(long id, boolean enabled) {
        StaffAccount account = load(id);
        if (!enabled && account.role() == StaffRole.ADMIN) {
            requireAnotherActiveAdmin(account);
        }
        if (enabled != account.enabled()) {
            StaffAccount saved = accounts.save(account.withEnabled(enabled));
            audit.accountChanged(enabled ? SecurityEventKind.ACCOUNT_ENABLED : SecurityEventKind.ACCOUNT_DISABLED,
                    account.username(), null);
            if (!enabled) {
                sessions.revoke(saved);
            }
        }
    }

    /** Whether any account exists; the first admin is created only into an empty table. */
    @Transactional(readOnly = true)
    boolean anyAccount() {
        return accounts.count() > 0;
    }

    /** Creates an account without an admin signed in: only for the first admin at start-up. */
    @Transactional
    StaffAccount createAccount(NewStaffMember member) {
        if (member.username() == null || !NewStaffMember.USERNAME.matcher(member.username()).matches()) {
            throw new RefusedException("staff.refused.username", NewStaffMember.USERNAME_MAX);
        }
        if (accounts.findByUsername(member.username()).isPresent()) {
            throw new RefusedException("staff.refused.taken", member.username());
        }
        checkPassword(member.password());
        String displayName = member.displayName() == null || member.displayName().isBlank()
                ? member.username() : member.displayName().strip();
        if (displayName.length() > NewStaffMember.DISPLAY_NAME_MAX) {
            throw new RefusedException("staff.refused.display-name", NewStaffMember.DISPLAY_NAME_MAX);
        }
        audit.accountChanged(SecurityEventKind.ACCOUNT_CREATED, member.username(), member.role().label());
        return accounts.save(new StaffAccount(null, member.username(), displayName,
                passwords.encode(member.password()), member.role(), true, clock.instant(), 0, null));
    }

    private StaffAccount load(long id) {
        return accounts.findById(id).orElseThrow(() -> new RefusedException("staff.refused.no-account"));
    }

    private void requireAnotherActiveAdmin(StaffAccount account) {
        boolean another = accounts.findAll().stream()
                .anyMatch(other -> !other.id().equals(account.id()) && other.enabled()
                        && other.role() == StaffRole.ADMIN);
        if (!another) {
            throw new RefusedException("staff.refused.last-admin");
        }
    }

    /**
     * At least {@link NewStaffMember#PASSWORD_MIN} characters not counting spaces at either end (twelve spaces are no
     * password), at most {@link NewStaffMember#PASSWORD_MAX}, and not on the list of common passwords.
     */
    static void checkPassword(String password) {
        if (password == null || password.strip().length() < NewStaffMember.PASSWORD_MIN
                || password.length() > NewStaffMember.PASSWORD_MAX) {
            throw new RefusedException("staff.refused.password-length", NewStaffMember.PASSWORD_MIN,
                    NewStaffMember.PASSWORD_MAX);
        }
        if (CommonPasswords.contains(password)) {
            throw new RefusedException("staff.refused.common-password");
        }
    }
}
