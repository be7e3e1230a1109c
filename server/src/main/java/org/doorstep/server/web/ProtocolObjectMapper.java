package org.doorstep.server.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import org.doorstep.protocol.ProtocolJson;

/** Gives the server's ObjectMapper the protocol's settings, so responses read exactly as the app expects. */
@Singleton
class ProtocolObjectMapper implements BeanCreatedEventListener<ObjectMapper> {
    @Override
    public ObjectMapper onCreated(BeanCreatedEvent<ObjectMapper> event) {
        return ProtocolJson.configure(event.getBean());
    }
}
