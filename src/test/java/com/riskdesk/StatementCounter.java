package com.riskdesk;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements the application prepares on the calling thread while a piece of work runs: the real
 * DataSource is wrapped, and each connection it hands out counts {@code prepareStatement}, {@code prepareCall} and
 * {@code createStatement}. Other threads (push, schedulers) are not counted. Import it into a Spring test:
 * {@code @Import(StatementCounter.class)}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounter {

    private static final Set<String> STATEMENTS = Set.of("prepareStatement", "prepareCall", "createStatement");
    private static final ThreadLocal<AtomicInteger> COUNTING = new ThreadLocal<>();

    /** How many statements {@code work} prepares on this thread, with what it returns. */
    public static <T> Counted<T> count(Supplier<T> work) {
        AtomicInteger counter = new AtomicInteger();
        COUNTING.set(counter);
        try {
            T result = work.get();
            return new Counted<>(counter.get(), result);
        } finally {
            COUNTING.remove();
        }
    }

    public record Counted<T>(int statements, T result) {
    }

    @Bean
    static BeanPostProcessor countingDataSources() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof DataSource dataSource && !(bean instanceof Counting)
                        ? new Counting(dataSource) : bean;
            }
        };
    }

    private static final class Counting extends DelegatingDataSource {

        Counting(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return counted(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return counted(super.getConnection(username, password));
        }

        private static Connection counted(Connection connection) {
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                        if (method.getName().equals("equals") && args.length == 1) {
                            return proxy == args[0];
                        }
                        if (method.getName().equals("hashCode") && method.getParameterCount() == 0) {
                            return System.identityHashCode(proxy);
                        }
                        AtomicInteger counter = COUNTING.get();
                        if (counter != null && STATEMENTS.contains(method.getName())) {
                            counter.incrementAndGet();
                        }
                        try {
                            return method.invoke(connection, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }
    }
}
