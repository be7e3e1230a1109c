package org.doorstep.mobile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.doorstep.mobile.lock.PinRules;
import org.doorstep.mobile.lock.UnlockResult;
import org.doorstep.mobile.lock.Vault;
import org.doorstep.mobile.store.DataKey;
import org.doorstep.mobile.store.LegacyMigration;
import org.doorstep.mobile.store.LocalDatabase;
import org.doorstep.mobile.store.StoreException;
import org.doorstep.mobile.sync.DeviceIdentity;
import org.doorstep.mobile.sync.PasswordSignIn;
import org.doorstep.mobile.sync.SignInResult;
import org.doorstep.mobile.sync.SyncClient;
import org.doorstep.mobile.sync.SyncFailure;
import org.doorstep.protocol.auth.Tokens;

/**
 * The lock around the device's records: which stage the app is in, and the moves between stages. The data
 * key and the open database ({@link AppServices}) exist only while unlocked (or while a PIN is being
 * chosen); {@link #lock()} closes the database and overwrites the key.
 *
 * <ul>
 *   <li>{@link Stage#SIGN_IN_TO_SET_UP}: no PIN on this device yet. A new random data key opens a new
 *       encrypted database (the previous version's unencrypted one is copied in, and kept until the PIN
 *       is set); the person signs in online, which registers the device and brings its recovery key.</li>
 *   <li>{@link Stage#CHOOSE_PIN}: after that first sign-in, after unlocking by signing in, or when another
 *       person signed in on the device: the key is wrapped under the new PIN (and the recovery key).</li>
 *   <li>{@link Stage#LOCKED}: the PIN unlocks, offline. Signing in with the password also does.</li>
 *   <li>{@link Stage#LOCKED_OUT}: after {@value Vault#MAX_ATTEMPTS} wrong PINs only a sign-in with the
 *       password unlocks (the server's recovery key opens the same data key); nothing is wiped.</li>
 *   <li>{@link Stage#UNLOCKED}: the services are open.</li>
 * </ul>
 *
 * Methods that derive keys or call the server block: run them off the UI thread.
 */
public final class AppLock implements AutoCloseable {
    /** Where the app stands. */
    public enum Stage { SIGN_IN_TO_SET_UP, CHOOSE_PIN, LOCKED, LOCKED_OUT, UNLOCKED }

    private final AppConfig config;
    private final Clock clock;
    private final SecureRandom random;
    private final Vault vault;
    private final SyncClient client;

    private Stage stage;
    /** The person asked to change their PIN: the next right PIN leads to choosing a new one. */
    private boolean pinChangeAsked;
    private AppServices services;
    private DataKey key;
    private String deviceKey;

    public AppLock(AppConfig config, Clock clock, SecureRandom random) {
        this.config = Objects.requireNonNull(config, "config");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
        this.vault = new Vault(config.dataDir(), config.kdf(), random);
        this.client = new SyncClient(config.server());
    }

    public AppConfig config() {
        return config;
    }

    public Vault vault() {
        return vault;
    }

    public synchronized Stage stage() {
        if (stage == null) {
            throw new IllegalStateException("Call start() first");
        }
        return stage;
    }

    /** The services while the database is open (unlocked, or choosing a PIN). */
    public synchronized Optional<AppServices> services() {
        return Optional.ofNullable(services);
    }

    /** The username to fill in on the sign-in screen: the stored sign-in's, else the PIN's owner. */
    public synchronized String lastUsername() {
        if (services != null) {
            return services.auth().lastUsername().orElse("");
        }
        return vault.owner().orElse("");
    }

    /**
     * Finds the stage at start. With no PIN set on the device: a database left by a set-up that never
     * reached the PIN is thrown away (nothing can be recorded before the PIN is set, and its key is gone),
     * and a new one is opened with a new key.
     *
     * @throws StoreException when the database cannot be opened (the previous version's records stay in
     *                        their file)
     */
    public synchronized Stage start() {
        stage = switch (vault.state()) {
            case LOCKED -> Stage.LOCKED;
            case LOCKED_OUT -> Stage.LOCKED_OUT;
            case NOT_SET_UP -> beginSetUp();
        };
        return stage;
    }

    private Stage beginSetUp() {
        deleteDatabaseWithoutKey(config.dataDir());
        DataKey fresh = DataKey.random(random);
        services = AppServices.open(config, clock, fresh, this::heardDeviceKey);
        key = fresh;
        return Stage.SIGN_IN_TO_SET_UP;
    }

    /** Tries {@code pin}: unlocked (the database opens), a wrong PIN, or locked out. */
    public UnlockResult unlock(String pin) {
        UnlockResult result = vault.unlock(pin);
        synchronized (this) {
            if (result instanceof UnlockResult.Unlocked unlocked) {
                open(unlocked.key());
                stage = pinChangeAsked ? Stage.CHOOSE_PIN : Stage.UNLOCKED;
                pinChangeAsked = false;
                deleteLegacyOnceMoved();
            } else if (result instanceof UnlockResult.LockedOut) {
                stage = Stage.LOCKED_OUT;
                pinChangeAsked = false; // the password sign-in that follows has a new PIN chosen anyway
            }
        }
        return result;
    }

    /**
     * Signs in with the password. While the database is open, as usual ({@link org.doorstep.mobile.sync.Authenticator});
     * then a PIN is to be chosen when none is set yet or another person signed in. While locked (a forgotten PIN,
     * or locked out), the server's answer brings this device's recovery key, which opens the data key: the
     * database opens and a new PIN is to be chosen. Never wipes anything.
     */
    public SignInResult signIn(String username, String password) {
        AppServices open;
        Stage now;
        synchronized (this) {
            now = stage();
            open = services;
        }
        if (open == null) {
            return unlockBySignIn(username, password);
        }
        SignInResult result = open.auth().signIn(username, password);
        if (result instanceof SignInResult.SignedIn signedIn) {
            synchronized (this) {
                boolean anotherPerson = vault.owner().map(owner -> !owner.equalsIgnoreCase(signedIn.user().username()))
                        .orElse(true);
                stage = now == Stage.SIGN_IN_TO_SET_UP || now == Stage.CHOOSE_PIN || anotherPerson
                        ? Stage.CHOOSE_PIN : Stage.UNLOCKED;
            }
        }
        return result;
    }

    private SignInResult unlockBySignIn(String username, String password) {
        String deviceId = vault.deviceId().orElseThrow(() -> new IllegalStateException("No PIN is set on this device"));
        PasswordSignIn.Outcome outcome = new PasswordSignIn(client, new DeviceIdentity(deviceId, DeviceIdentity.defaultName()),
                clock).attempt(username, password);
        if (outcome instanceof PasswordSignIn.Outcome.Refused refused) {
            return refused.refusal();
        }
        Tokens tokens = ((PasswordSignIn.Outcome.Obtained) outcome).tokens();
        if (tokens.deviceKey() == null) {
            signOutQuietly(tokens);
            return cannotUnlock("The server did not send this device's recovery key (it may be an older version).");
        }
        Vault.RecoveryAttempt recovered = vault.recover(tokens.deviceKey());
        if (recovered.outcome() != Vault.Recovery.UNLOCKED) {
            signOutQuietly(tokens);
            return cannotUnlock(recovered.outcome() == Vault.Recovery.NO_RECOVERY_WRAP
                    ? "This device was set up before the server gave it a recovery key."
                    : "The server's recovery key for this device does not fit (the server's key may have been changed).");
        }
        synchronized (this) {
            try {
                open(recovered.key());
            } catch (StoreException e) {
                recovered.key().destroy();
                signOutQuietly(tokens);
                return new SignInResult.Refused(SignInResult.Reason.FAILED, "Signed in, but the records on this device "
                        + "could not be opened: " + e.getMessage());
            }
            SignInResult adopted = services.auth().adopt(tokens);
            if (adopted instanceof SignInResult.Refused) {
                closeServices();
                signOutQuietly(tokens);
                return adopted;
            }
            deviceKey = tokens.deviceKey();
            stage = Stage.CHOOSE_PIN;
            pinChangeAsked = false;
            return adopted;
        }
    }

    private static SignInResult cannotUnlock(String why) {
        return new SignInResult.Refused(SignInResult.Reason.CANNOT_UNLOCK, "Your password is right, but the records on "
                + "this device could not be unlocked with it. " + why + " They are kept on the device: ask your "
                + "administrator, and do not remove the app.");
    }

    /**
     * Wraps the data key under {@code pin} for the signed-in person: the app is then unlocked.
     *
     * @return why the PIN cannot be used, or empty when it was set
     */
    public Optional<String> choosePin(String pin) {
        Optional<String> problem = PinRules.problem(pin);
        if (problem.isPresent()) {
            return problem;
        }
        synchronized (this) {
            if (stage != Stage.CHOOSE_PIN || services == null) {
                throw new IllegalStateException("No PIN is being chosen (stage " + stage + ")");
            }
            String owner = services.auth().currentUser()
                    .orElseThrow(() -> new IllegalStateException("Nobody is signed in to own the PIN")).username();
            vault.setPin(key, pin, owner, services.database().deviceId(), deviceKey);
            deleteLegacyOnceMoved();
            stage = Stage.UNLOCKED;
            return Optional.empty();
        }
    }

    /**
     * Starts a change of PIN: locks, so that the current PIN is asked (a wrong one counts as any wrong PIN),
     * after which a new PIN is chosen over the open database ({@link Stage#CHOOSE_PIN}). "Forgot PIN" on that
     * screen leads to the password sign-in, which also ends in choosing a new PIN.
     */
    public synchronized void lockToChangePin() {
        lock();
        pinChangeAsked = stage == Stage.LOCKED;
    }

    /**
     * Locks: the scheduler stops, the database closes and the data key is overwritten. Before a PIN is set,
     * what was begun is dropped (the next start begins again).
     */
    public synchronized void lock() {
        pinChangeAsked = false;
        closeServices();
        stage = switch (vault.state()) {
            case LOCKED -> Stage.LOCKED;
            case LOCKED_OUT -> Stage.LOCKED_OUT;
            case NOT_SET_UP -> null;
        };
        if (stage == null) {
            stage = beginSetUp();
        }
    }

    @Override
    public synchronized void close() {
        closeServices();
    }

    /** Heard from the authenticator at every sign-in with the password: kept for the key file. */
    private synchronized void heardDeviceKey(String heard) {
        deviceKey = heard;
        if (stage == Stage.UNLOCKED && key != null && vault.state() != Vault.State.NOT_SET_UP) {
            vault.updateRecovery(key, heard);
        }
    }

    private void open(DataKey unlocked) {
        services = AppServices.open(config, clock, unlocked, this::heardDeviceKey);
        key = unlocked;
    }

    private void closeServices() {
        if (services != null) {
            services.close();
            services = null;
        }
        if (key != null) {
            key.destroy();
            key = null;
        }
        deviceKey = null;
    }

    /** The previous version's file, once its records are in the encrypted database and the key is stored. */
    private void deleteLegacyOnceMoved() {
        if (LegacyMigration.present(config.dataDir()) && Files.exists(config.dataDir().resolve(LocalDatabase.FILE_NAME))
                && vault.state() != Vault.State.NOT_SET_UP) {
            LegacyMigration.deleteLegacy(config.dataDir());
        }
    }

    private void signOutQuietly(Tokens tokens) {
        try {
            client.signOut(tokens.accessToken());
        } catch (SyncFailure | RuntimeException ignored) {
            // The sign-in ends on its own when its tokens expire.
        }
    }

    /** An encrypted database with no key file: its key was never stored, so it cannot be read by anyone. */
    private static void deleteDatabaseWithoutKey(Path dataDirectory) {
        for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
            try {
                Files.deleteIfExists(dataDirectory.resolve(LocalDatabase.FILE_NAME + suffix));
            } catch (IOException e) {
                throw new StoreException("Could not remove an unfinished set-up's database: " + e.getMessage(), e);
            }
        }
    }
}
