package org.doorstep.mobile.lock;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.doorstep.mobile.store.DataKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The key file: set a PIN, unlock, wrong PINs and lock-out, recovery with the server's key, change of PIN. */
class VaultTest {
    static final String DEVICE = "5b0c6f0e-3d0a-4a55-9a57-2a4c1f0c9e11";
    static final String SERVER_KEY = deviceKey(1);

    @TempDir
    Path dataDir;
    Vault vault;
    DataKey key;

    @BeforeEach
    void setUp() {
        vault = new Vault(dataDir, KdfParams.FOR_TESTS, new SecureRandom());
        key = DataKey.random(new SecureRandom());
    }

    @Test
    void aNewDeviceIsNotSetUpUntilAPinIsChosen() {
        assertEquals(Vault.State.NOT_SET_UP, vault.state());
        assertEquals(Optional.empty(), vault.owner());

        vault.setPin(key, "270419", "sam.worker", DEVICE, SERVER_KEY);

        assertEquals(Vault.State.LOCKED, vault.state());
        assertEquals(Optional.of("sam.worker"), vault.owner());
        assertEquals(Optional.of(DEVICE), vault.deviceId());
        assertTrue(vault.hasRecovery());
        assertEquals(Vault.MAX_ATTEMPTS, vault.attemptsLeft());
    }

    @Test
    void theRightPinGivesTheSameDataKey() {
        vault.setPin(key, "270419", "sam.worker", DEVICE, SERVER_KEY);

        UnlockResult.Unlocked unlocked = assertInstanceOf(UnlockResult.Unlocked.class, vault.unlock("270419"));

        assertArrayEquals(key.bytes(), unlocked.key().bytes());
    }

    @Test
    void theKeyFileHoldsNeitherThePinNorTheDataKey() throws Exception {
        vault.setPin(key, "270419", "sam.worker", DEVICE, SERVER_KEY);

        String text = Files.readString(dataDir.resolve(KeyFile.FILE_NAME), StandardCharsets.UTF_8);
        byte[] raw = Files.readAllBytes(dataDir.resolve(KeyFile.FILE_NAME));
        assertFalse(text.contains("270419"));
        assertFalse(text.contains(Base64.getEncoder().encodeToString(key.bytes())));
        assertFalse(indexOf(raw, key.bytes()) >= 0);
        assertTrue(text.contains("owner=sam.worker"), text);
    }

    @Test
    void wrongPinsCountDownAndTheFifthLocksOut() {
        vault.setPin(key, "270419", "sam.worker", DEVICE, SERVER_KEY);

        for (int left = 4; left >= 1; left--) {
            assertEquals(new UnlockResult.WrongPin(left), vault.unlock("000001"));
            assertEquals(left, vault.attemptsLeft());
        }
        assertEquals(new UnlockResult.LockedOut(), vault.unlock("000002"));

        assertEquals(Vault.State.LOCKED_OUT, vault.state());
        assertEquals(new UnlockResult.LockedOut(), vault.unlock("270419"), "not even the right PIN now");
        assertTrue(Files.exists(dataDir.resolve(KeyFile.FILE_NAME)), "nothing is wiped");
    }

    @Test
    void aRightPinResetsTheCount() {
        vault.setPin(key, "270419", "sam.worker", DEVICE, SERVER_KEY);
        vault.unlock("111112");
        vault.unlock("111113");

        assertInstanceOf(UnlockResult.Unlocked.class, vault.unlock("270419"));

        assertEquals(Vault.MAX_ATTEMPTS, vault.attemptsLeft());
    }

    @Test
    void theCountSurvivesARestart() {
        vault.setPin(key, "270419", "sam.worker", DEVICE, SERVER_KEY);
        vault.unlock("111112");
        vault.unlock("111113");

        Vault afterRestart = new Vault(dataDir, KdfParams.FOR_TESTS, new SecureRandom());

        assertEquals(3, afterRestart.attemptsLeft());
        assertEquals(new UnlockResult.WrongPin(2), afterRestart.unlock("111114"));
    }

    @Test
    void theServersKeyRecoversTheSameDataKeyAfterALockOutAndANewPinUnlocks() {
        vault.setPin(key, "270419", "sam.worker", DEVICE, SERVER_KEY);
        for (int i = 0; i < Vault.MAX_ATTEMPTS; i++) {
            vault.unlock("99999" + i);
        }

        Vault.RecoveryAttempt recovered = vault.recover(SERVER_KEY);

        assertEquals(Vault.Recovery.UNLOCKED, recovered.outcome());
        assertArrayEquals(key.bytes(), recovered.key().bytes());
        assertEquals(Vault.State.LOCKED_OUT, vault.state(), "locked out until a new PIN is chosen");

        vault.setPin(recovered.key(), "583920", "sam.worker", DEVICE, null);

        assertEquals(Vault.State.LOCKED, vault.state());
        assertArrayEquals(key.bytes(), ((UnlockResult.Unlocked) vault.unlock("583920")).key().bytes());
        assertTrue(vault.hasRecovery(), "the recovery wrapping is kept");
        assertEquals(Vault.Recovery.UNLOCKED, vault.recover(SERVER_KEY).outcome());
    }

    @Test
    void anotherKeyOrNoRecoveryWrappingDoesNotUnlock() {
        vault.setPin(key, "270419", "sam.worker", DEVICE, null);
        assertFalse(vault.hasRecovery());
        assertEquals(new Vault.RecoveryAttempt(Vault.Recovery.NO_RECOVERY_WRAP, null), vault.recover(SERVER_KEY));

        vault.updateRecovery(key, SERVER_KEY);

        assertEquals(Vault.Recovery.KEY_DOES_NOT_FIT, vault.recover(deviceKey(2)).outcome());
        assertEquals(Vault.Recovery.KEY_DOES_NOT_FIT, vault.recover("not base64 !").outcome());
        assertEquals(Vault.Recovery.UNLOCKED, vault.recover(SERVER_KEY).outcome());
    }

    @Test
    void changingThePinRewrapsTheSameKeyAndTheOldPinStopsWorking() throws Exception {
        vault.setPin(key, "270419", "sam.worker", DEVICE, SERVER_KEY);
        String before = Files.readString(dataDir.resolve(KeyFile.FILE_NAME));

        assertInstanceOf(UnlockResult.Unlocked.class, vault.changePin("270419", "correct horse battery"));

        assertNotEquals(before, Files.readString(dataDir.resolve(KeyFile.FILE_NAME)));
        assertInstanceOf(UnlockResult.WrongPin.class, vault.unlock("270419"));
        assertArrayEquals(key.bytes(), ((UnlockResult.Unlocked) vault.unlock("correct horse battery")).key().bytes());
        assertEquals(Vault.Recovery.UNLOCKED, vault.recover(SERVER_KEY).outcome());
    }

    @Test
    void aChangeWithAWrongOldPinChangesNothingButCounts() {
        vault.setPin(key, "270419", "sam.worker", DEVICE, SERVER_KEY);

        assertEquals(new UnlockResult.WrongPin(4), vault.changePin("222223", "583920"));

        assertInstanceOf(UnlockResult.Unlocked.class, vault.unlock("270419"));
    }

    @Test
    void aPinThatBreaksTheRulesIsRefusedAndNothingIsWritten() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> vault.setPin(key, "1234", "sam.worker", DEVICE, SERVER_KEY));
        assertEquals("A PIN needs at least 6 digits.", refused.getMessage());
        assertEquals(Vault.State.NOT_SET_UP, vault.state());
    }

    @Test
    void aDamagedKeyFileIsReportedNotReplaced() throws Exception {
        vault.setPin(key, "270419", "sam.worker", DEVICE, SERVER_KEY);
        Path file = dataDir.resolve(KeyFile.FILE_NAME);
        Files.writeString(file, Files.readString(file).replaceAll("(?m)^pin\\.key=.*$", "pin.key=%%%"));

        VaultException damaged = assertThrows(VaultException.class, () -> vault.unlock("270419"));

        assertTrue(damaged.getMessage().endsWith("is damaged: pin.key is not base64"), damaged.getMessage());
        assertTrue(Files.exists(file));
    }

    static String deviceKey(int seed) {
        byte[] bytes = new byte[32];
        new java.util.Random(seed).nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
