package com.riskdesk.base.ui;

import com.vaadin.flow.server.VaadinServlet;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Smaller per-connection buffers, and push messages written without a hand-over. Every open dashboard keeps a push
 * websocket, and Tomcat gives each one buffers of 8 KB (16 KB for text) in and out, about 50 KB per viewer before
 * any content: a third of what an open dashboard may cost. Push messages from here are small (the parts of a dashboard that changed) and the browser sends nothing
 * over the websocket with Vaadin's default transport (its requests go by XHR), so a few KB are plenty; longer
 * messages are written in more pieces, not refused. Atmosphere (Vaadin's push) allocates two more buffers per
 * websocket of {@code org.atmosphere.websocket.bufferSize} that it only clears on close.
 * <p>Push messages are written by the thread that pushes ({@link #BROADCASTER}), not handed to Atmosphere's own
 * queue. Its default broadcaster passes every message of every window through one dispatch thread, then to a pool of
 * 200 writer threads, each of which waits 100 ms for more before it lets go: that alone spreads a change to 2,000
 * open dashboards over a second or more whatever the CPU. Live updates already come on a few fan-out threads
 * ({@code LiveDashboards}), one window at a time, so writing there is both bounded and parallel; and a window whose tab
 * just closed fails its write under its own lock instead of on a writer thread after the socket is gone.
 */
@Component
class ConnectionBuffers implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, BeanPostProcessor {

    /** Tomcat's websocket buffers in and out (frames, encoding): a push message is written in pieces of this. */
    static final int WEBSOCKET_BUFFER = 2048;
    /** Whole messages the browser sends over the websocket: none, with Vaadin's default transport. */
    static final int WEBSOCKET_MESSAGE_BUFFER = 1024;
    /** Reading a connection: requests are small. */
    static final int SOCKET_READ_BUFFER = 2048;
    /**
     * Writing a connection: smaller than Tomcat's 8 KB, not as small as the read side. Measured with the load harness:
     * 2 KB here and 1 KB websocket buffers saved 10 KB per open dashboard but made a change reach 5,000 of them
     * 1.5 times slower.
     */
    static final int SOCKET_WRITE_BUFFER = 4096;
    static final int ATMOSPHERE_BUFFER = 256;
    /** Atmosphere's broadcaster that writes on the calling thread. */
    static final String BROADCASTER = "org.atmosphere.util.SimpleBroadcaster";

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        // Read by Tomcat's websocket classes when they first load, which is when the server starts, after this.
        System.setProperty("org.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE", Integer.toString(WEBSOCKET_BUFFER));
        // Read by Tomcat's websocket container when the context starts: set before any initializer runs.
        factory.addContextCustomizers(context -> {
            context.addParameter("org.apache.tomcat.websocket.textBufferSize",
                    Integer.toString(WEBSOCKET_MESSAGE_BUFFER));
            context.addParameter("org.apache.tomcat.websocket.binaryBufferSize",
                    Integer.toString(WEBSOCKET_MESSAGE_BUFFER));
        });
        factory.addConnectorCustomizers(connector -> {
            connector.setProperty("socket.appReadBufSize", Integer.toString(SOCKET_READ_BUFFER));
            connector.setProperty("socket.appWriteBufSize", Integer.toString(SOCKET_WRITE_BUFFER));
        });
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof ServletRegistrationBean<?> registration && registration.getServlet() instanceof VaadinServlet) {
            registration.addInitParameter("org.atmosphere.websocket.bufferSize", Integer.toString(ATMOSPHERE_BUFFER));
            registration.addInitParameter("org.atmosphere.cpr.broadcasterClass", BROADCASTER);
        }
        return bean;
    }
}
