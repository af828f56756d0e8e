package com.riskdesk.ops;

import com.riskdesk.base.sql.SqlDialect;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;
import org.springframework.stereotype.Component;

/**
 * {@code POST /actuator/backup} takes an online backup now and answers its file; {@code GET} lists the backups.
 * Both need the ops token (see {@link OpsSecurityConfiguration}). On PostgreSQL there is no online backup here:
 * {@code POST} answers 409 with what to use instead ({@code pg_dump}, README "Running in production").
 */
@Component
@Endpoint(id = "backup")
public class BackupEndpoint {

    private static final int CONFLICT = 409;
    static final String NOT_H2 = "Online backups here are for the embedded H2 store; this server runs on %s."
            + " Back it up with the database's own tools: pg_dump -Fc (see README, Running in production).";

    private final H2Backups backups;
    private final SqlDialect dialect;

    BackupEndpoint(H2Backups backups, SqlDialect dialect) {
        this.backups = backups;
        this.dialect = dialect;
    }

    @WriteOperation
    public WebEndpointResponse<Object> backUp() {
        if (dialect.database() != SqlDialect.Database.H2) {
            return new WebEndpointResponse<>(Map.of("error", NOT_H2.formatted(dialect.database().label())),
                    CONFLICT);
        }
        return new WebEndpointResponse<>(Backup.of(backups.backUp()));
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
