package org.doorstep.server.policy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.http.HttpRequest;
import org.doorstep.server.auth.Callers;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import java.io.IOException;
import java.util.stream.Collectors;
import org.doorstep.protocol.ApiError;
import org.doorstep.protocol.ErrorCode;
import org.doorstep.protocol.ProtocolJson;
import org.doorstep.protocol.policy.LocalPolicy;
import org.doorstep.server.web.ApiErrorException;

/** The council's local policy: {@code GET /api/admin/policy} (in force) and {@code PUT} (saves a new version). */
@Secured("administrator")
@Controller("/api/admin/policy")
@ExecuteOn(TaskExecutors.BLOCKING)
class PolicyController {
    private static final ObjectMapper JSON = ProtocolJson.newMapper();
    private final PolicyStore store;

    PolicyController(PolicyStore store) {
        this.store = store;
    }

    @Get
    LocalPolicy current() {
        return store.current();
    }

    /** Validated field by field; an invalid document changes nothing (400 naming the field). */
    @Put
    @Consumes(MediaType.APPLICATION_JSON)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = LocalPolicy.class)))
    LocalPolicy save(@Body byte[] body, Authentication authentication, HttpRequest<?> request) {
        return store.save(read(body), Callers.of(authentication, request));
    }

    private static LocalPolicy read(byte[] body) {
        try {
            LocalPolicy policy = JSON.readValue(body, LocalPolicy.class);
            if (policy == null) {
                throw malformed("The body must be a JSON object");
            }
            return policy;
        } catch (MismatchedInputException e) {
            String field = e.getPath().stream().map(ref -> ref.getFieldName() == null ? "[" + ref.getIndex() + "]" : ref.getFieldName())
                    .collect(Collectors.joining("."));
            throw new ApiErrorException(HttpStatus.BAD_REQUEST, ApiError.onField(ErrorCode.INVALID_FORMAT,
                    field.isEmpty() ? null : field, (field.isEmpty() ? "The body" : field) + " is not of the documented type"));
        } catch (JsonProcessingException e) {
            throw malformed("The body is not valid JSON");
        } catch (IOException e) {
            throw malformed("The body cannot be read");
        }
    }

    private static ApiErrorException malformed(String message) {
        return new ApiErrorException(HttpStatus.BAD_REQUEST, ApiError.of(ErrorCode.MALFORMED_REQUEST, message));
    }
}
