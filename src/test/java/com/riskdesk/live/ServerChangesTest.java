package com.riskdesk.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.riskdesk.entry.EntriesChanged;
import com.riskdesk.entry.RevisionAction;
import com.riskdesk.monitor.MonitorChanged;
import com.riskdesk.security.StaffAccessRevoked;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What crosses between app servers: each change as a NOTIFY payload, read back the same, and never echoed. */
class ServerChangesTest {

    @Test
    void an_entry_change_a_monitor_change_and_revoked_staff_access_survive_the_trip_through_a_payload() {
        for (Object change : List.of(new EntriesChanged(7, 42, RevisionAction.CORRECTED), new MonitorChanged(7),
                new StaffAccessRevoked("editor.one@desk"))) {
            String payload = ServerChanges.Message.of("server-a", change).payload();

            assertThat(ServerChanges.Message.parse(payload)).hasValue(ServerChanges.Message.of("server-a", change));
        }
    }

    @Test
    void a_malformed_payload_is_ignored() {
        assertThat(ServerChanges.Message.parse("server-a|E|7|not-a-number|RECORDED")).isEmpty();
        assertThat(ServerChanges.Message.parse("server-a|E|7|42|NO_SUCH_ACTION")).isEmpty();
        assertThat(ServerChanges.Message.parse("server-a|X|7")).isEmpty();
        assertThat(ServerChanges.Message.parse(null)).isEmpty();
    }

    @Test
    void another_servers_change_is_published_here_as_coming_from_elsewhere_and_this_servers_own_is_not() {
        List<String> published = new ArrayList<>();
        ServerChanges changes = new ServerChanges(null, null, event ->
                published.add(event + (ServerChanges.fromAnotherServer() ? " from another server" : " from here")));
        String own = changes.payloadOf(new MonitorChanged(3));

        changes.received(ServerChanges.Message.of("server-b", new EntriesChanged(3, 9, RevisionAction.RECORDED))
                .payload());
        changes.received(own);

        assertThat(published).containsExactly(
                new EntriesChanged(3, 9, RevisionAction.RECORDED) + " from another server");
        assertThat(ServerChanges.fromAnotherServer()).as("only while the event is handled").isFalse();
    }
}
