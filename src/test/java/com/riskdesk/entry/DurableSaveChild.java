package com.riskdesk.entry;

import com.riskdesk.Application;
import com.riskdesk.TestData;
import com.riskdesk.monitor.MonitorService;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Run by {@link DurableSaveIT} in its own JVM: starts the application on the given data directory, records one
 * entry through {@link EntryService} exactly as the admin form does, prints "SAVED id" the moment the save is
 * acknowledged, and waits to be killed.
 */
public final class DurableSaveChild {

    public static void main(String[] args) throws InterruptedException {
        SpringApplication application = new SpringApplication(Application.class);
        ConfigurableApplicationContext context = application.run("--app.data-dir=" + args[0], "--server.port=0",
                "--app.demo-data=false", "--spring.profiles.active=", "--logging.level.root=WARN");
        long monitorId = TestData.asAdmin(() -> context.getBean(MonitorService.class).findBySlug("durable")
                .orElseGet(() -> context.getBean(MonitorService.class).create(TestData.monitor("durable"))).id());
        long id = TestData.asAdmin(() -> context.getBean(EntryService.class).record(TestData.figures(monitorId,
                LocalDate.now().minusDays(1), Map.of("deaths", Figure.increment(Qualifier.EXACT, 1)))));
        System.out.println("SAVED " + id);
        System.out.flush();
        Thread.sleep(60_000);
    }

    private DurableSaveChild() {
    }
}
