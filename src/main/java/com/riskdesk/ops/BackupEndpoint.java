package com.riskdesk.ops;

import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.stereotype.Component;

/**
 * {@code POST /actuator/backup} takes an online backup now and answers its file; {@code GET} lists the backups.
 * Both need the ops token (see {@link OpsSecurityConfiguration}).
 */
@Component
@Endpoint(id = "backup")
public class BackupEndpoint {

    private final H2Backups backups;

    BackupEndpoint(H2Backups backups) {
        this.backups = backups;
    }

    @WriteOperation
    public Backup backUp() {
        return Backup.of(backups.backUp());
    }

    @ReadOperation
    public List<Backup> list() {
        return backups.list().stream().map(Backup::of).toList();
    }

    public record Backup(String file) {

        static Backup of(Path path) {
            return new Backup(path.toString());
        }
    }
}
