package org.doorstep.server;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

/** Names the API in the OpenAPI description generated at build time (served at /openapi/doorstep-api.yml). */
@OpenAPIDefinition(info = @Info(title = "Doorstep", version = "1",
        description = "Sync API between Doorstep field devices and the server. See sync-protocol/README.md."))
final class ApiDefinition {
    private ApiDefinition() {
    }
}
