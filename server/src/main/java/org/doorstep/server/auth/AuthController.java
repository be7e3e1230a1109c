package org.doorstep.server.auth;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import org.doorstep.protocol.auth.RefreshRequest;
import org.doorstep.protocol.auth.SignInRequest;
import org.doorstep.protocol.auth.Tokens;

/** Sign-in, refresh and sign-out for devices and browsers. */
@Controller("/api/auth/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
class AuthController {
    private final SignIn signIn;

    AuthController(SignIn signIn) {
        this.signIn = signIn;
    }

    @Post("/sign-in")
    @Consumes(MediaType.APPLICATION_JSON)
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "Sign in with username and password on a device; registers the device")
    Tokens signIn(@Body SignInRequest request) {
        return signIn.signIn(request);
    }

    @Post("/refresh")
    @Consumes(MediaType.APPLICATION_JSON)
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "Exchange the device's refresh token for new tokens (the old refresh token stops working)")
    Tokens refresh(@Body RefreshRequest request) {
        return signIn.refresh(request);
    }

    @Post("/sign-out")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "End this device's sign-in: its refresh token stops working")
    HttpResponse<Void> signOut(Authentication authentication) {
        signIn.signOut(Callers.deviceOf(authentication));
        return HttpResponse.noContent();
    }
}
