package org.doorstep.server.auth;

import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.doorstep.protocol.ApiError;
import org.doorstep.protocol.ErrorCode;
import org.doorstep.protocol.auth.RefreshRequest;
import org.doorstep.protocol.auth.SignInRequest;
import org.doorstep.protocol.auth.SignedInUser;
import org.doorstep.protocol.auth.Tokens;
import org.doorstep.server.web.ApiErrorException;

/**
 * Sign-in, refresh and sign-out. Failures answer without saying whether the username exists; the
 * failure count is committed even though the request is refused, so lockout holds.
 */
@Singleton
public class SignIn {
    private static final DateTimeFormatter LONDON_TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm")
            .withZone(ZoneId.of("Europe/London"));
    private final Accounts accounts;
    private final Devices devices;
    private final RefreshTokens refreshTokens;
    private final AccessTokens accessTokens;
    private final AuthSettings settings;
    private final DeviceKeys deviceKeys;
    private final Clock clock;

    SignIn(Accounts accounts, Devices devices, RefreshTokens refreshTokens, AccessTokens accessTokens,
           AuthSettings settings, DeviceKeys deviceKeys, Clock clock) {
        this.accounts = accounts;
        this.devices = devices;
        this.refreshTokens = refreshTokens;
        this.accessTokens = accessTokens;
        this.settings = settings;
        this.deviceKeys = deviceKeys;
        this.clock = clock;
    }

    public Tokens signIn(SignInRequest request) {
        if (request == null) {
            throw refused(HttpStatus.BAD_REQUEST, ApiError.of(ErrorCode.MALFORMED_REQUEST, "The body must be a sign-in request"));
        }
        require("username", request.username(), 100);
        require("password", request.password(), 1000);
        require("deviceId", request.deviceId(), 100);
        String deviceName = request.deviceName() == null || request.deviceName().isBlank() ? "unnamed device"
                : request.deviceName().strip();
        if (deviceName.length() > 200) {
            throw refused(HttpStatus.BAD_REQUEST, ApiError.onField(ErrorCode.TOO_LONG, "deviceName", "deviceName is longer than 200 characters"));
        }
        Instant now = clock.instant();
        Account account = verify(request.username(), request.password(), now);
        Optional<Device> device = devices.find(request.deviceId());
        if (device.isPresent() && device.get().revoked()) {
            throw refused(HttpStatus.FORBIDDEN, ApiError.of(ErrorCode.DEVICE_REVOKED,
                    "This device was revoked by an administrator; it can no longer be used for Doorstep"));
        }
        if (device.isPresent() && !device.get().userId().equals(account.id())) {
            // A shared phone passes to a colleague once its previous person has signed out.
            if (refreshTokens.hasLive(request.deviceId(), now)) {
                throw refused(HttpStatus.FORBIDDEN, ApiError.onField(ErrorCode.FORBIDDEN, "deviceId",
                        "Someone else is signed in on this device; they must sign out on it first"));
            }
            devices.handOver(request.deviceId(), account.id(), deviceName);
        }
        accounts.recordSuccess(account.id());
        devices.register(request.deviceId(), account.id(), deviceName, now);
        String refresh = refreshTokens.issue(request.deviceId(), now, now.plus(settings.refreshTokenLifetime()));
        return new Tokens(accessTokens.issue(account, request.deviceId(), false, now), accessTokens.lifetimeSeconds(),
                refresh, account.toSignedInUser(), false, deviceKeys.forDevice(request.deviceId()));
    }

    /**
     * Checks a username and password for a browser sign-in (the dashboard), with the same Argon2id check,
     * failure count and lockout as a device's sign-in; registers no device and issues no token.
     *
     * @throws ApiErrorException 400 for a missing or over-long field, 401 {@code invalid_credentials}, 429
     *                           {@code account_locked}
     */
    public SignedInUser checkCredentials(String username, String password) {
        require("username", username, 100);
        require("password", password, 1000);
        Account account = verify(username, password, clock.instant());
        accounts.recordSuccess(account.id());
        return account.toSignedInUser();
    }

    /** The account whose password this is; counts a failure (and locks at the limit) otherwise. */
    private Account verify(String username, String password, Instant now) {
        Optional<Account> found = accounts.byUsername(username.strip());
        if (found.isEmpty()) {
            Passwords.matchesNothing(password);
            throw invalidCredentials();
        }
        Account account = found.get();
        if (account.lockedAt(now)) {
            throw locked(account.lockedUntil());
        }
        if (!account.active() || !Passwords.matches(password, account.passwordHash())) {
            accounts.recordFailure(account.id(), settings.maxFailures(), now.plus(settings.lockoutDuration()));
            Account after = accounts.byId(account.id()).orElse(account);
            if (after.lockedAt(now)) {
                throw locked(after.lockedUntil());
            }
            throw invalidCredentials();
        }
        return account;
    }

    public Tokens refresh(RefreshRequest request) {
        if (request == null) {
            throw refused(HttpStatus.BAD_REQUEST, ApiError.of(ErrorCode.MALFORMED_REQUEST, "The body must be a refresh request"));
        }
        require("deviceId", request.deviceId(), 100);
        require("refreshToken", request.refreshToken(), 200);
        Instant now = clock.instant();
        RefreshTokens.Stored stored = refreshTokens.find(request.refreshToken()).orElseThrow(SignIn::invalidRefresh);
        if (!stored.deviceId().equals(request.deviceId())) {
            throw invalidRefresh();
        }
        if (stored.replacedAt() != null) {
            // A replaced token came back: a copy is in someone else's hands. Withdraw the device's tokens.
            refreshTokens.withdrawAll(stored.deviceId());
            throw invalidRefresh();
        }
        if (!stored.expiresAt().isAfter(now)) {
            throw invalidRefresh();
        }
        Device device = devices.find(stored.deviceId()).orElseThrow(SignIn::invalidRefresh);
        Account account = accounts.byId(device.userId()).filter(Account::active).orElseThrow(SignIn::invalidRefresh);
        if (device.revoked()) {
            return new Tokens(accessTokens.issue(account, device.id(), true, now), accessTokens.lifetimeSeconds(),
                    null, account.toSignedInUser(), true);
        }
        String next = refreshTokens.rotate(request.refreshToken(), device.id(), now, now.plus(settings.refreshTokenLifetime()))
                .orElseGet(() -> {
                    refreshTokens.withdrawAll(device.id());
                    throw invalidRefresh();
                });
        return new Tokens(accessTokens.issue(account, device.id(), false, now), accessTokens.lifetimeSeconds(),
                next, account.toSignedInUser(), false);
    }

    public void signOut(String deviceId) {
        refreshTokens.withdrawAll(deviceId);
    }

    private static void require(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw refused(HttpStatus.BAD_REQUEST, ApiError.onField(ErrorCode.REQUIRED, field, field + " is required"));
        }
        if (value.length() > maxLength) {
            throw refused(HttpStatus.BAD_REQUEST, ApiError.onField(ErrorCode.TOO_LONG, field,
                    field + " is longer than " + maxLength + " characters"));
        }
    }

    private static ApiErrorException invalidCredentials() {
        return refused(HttpStatus.UNAUTHORIZED, ApiError.of(ErrorCode.INVALID_CREDENTIALS, "Wrong username or password"));
    }

    private static ApiErrorException invalidRefresh() {
        return refused(HttpStatus.UNAUTHORIZED, ApiError.of(ErrorCode.INVALID_REFRESH_TOKEN,
                "This sign-in has ended; sign in again with your username and password"));
    }

    private static ApiErrorException locked(Instant until) {
        return refused(HttpStatus.TOO_MANY_REQUESTS, ApiError.of(ErrorCode.ACCOUNT_LOCKED,
                "Too many wrong passwords: sign-in is locked until " + LONDON_TIME.format(until)
                        + " (UK time), or until an administrator unlocks the account"));
    }

    private static ApiErrorException refused(HttpStatus status, ApiError error) {
        return new ApiErrorException(status, error);
    }
}
