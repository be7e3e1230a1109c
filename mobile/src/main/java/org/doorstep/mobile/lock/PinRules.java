package org.doorstep.mobile.lock;

import java.util.Optional;

/**
 * What a PIN or passphrase must be. A PIN: at least {@value #MIN_PIN_DIGITS} digits, not one digit repeated
 * and not a run like 123456 or 987654 (the first guesses of anyone). A passphrase (anything with a character
 * that is not a digit): at least {@value #MIN_PASSPHRASE_LENGTH} characters. At most
 * {@value #MAX_LENGTH} characters either way. Why these numbers: see mobile/README.md, "The lock".
 */
public final class PinRules {
    public static final int MIN_PIN_DIGITS = 6;
    public static final int MIN_PASSPHRASE_LENGTH = 8;
    public static final int MAX_LENGTH = 128;

    private PinRules() {
    }

    /** Why {@code pin} cannot be used, or empty when it can. */
    public static Optional<String> problem(String pin) {
        if (pin == null || pin.isEmpty()) {
            return Optional.of("Choose a PIN of at least " + MIN_PIN_DIGITS + " digits, or a passphrase of at least "
                    + MIN_PASSPHRASE_LENGTH + " characters.");
        }
        if (pin.length() > MAX_LENGTH) {
            return Optional.of("Use at most " + MAX_LENGTH + " characters.");
        }
        if (pin.chars().allMatch(c -> c >= '0' && c <= '9')) {
            if (pin.length() < MIN_PIN_DIGITS) {
                return Optional.of("A PIN needs at least " + MIN_PIN_DIGITS + " digits.");
            }
            if (sameDigit(pin) || run(pin, 1) || run(pin, -1)) {
                return Optional.of("Choose a PIN that is harder to guess than " + pin + ".");
            }
            return Optional.empty();
        }
        if (pin.isBlank() || pin.codePointCount(0, pin.length()) < MIN_PASSPHRASE_LENGTH) {
            return Optional.of("A passphrase needs at least " + MIN_PASSPHRASE_LENGTH + " characters (or use a PIN of "
                    + MIN_PIN_DIGITS + " or more digits).");
        }
        return Optional.empty();
    }

    private static boolean sameDigit(String pin) {
        return pin.chars().allMatch(c -> c == pin.charAt(0));
    }

    /** Each digit is the one before plus {@code step}, wrapping 9 to 0 (e.g. 789012). */
    private static boolean run(String pin, int step) {
        for (int i = 1; i < pin.length(); i++) {
            if (pin.charAt(i) - '0' != Math.floorMod(pin.charAt(i - 1) - '0' + step, 10)) {
                return false;
            }
        }
        return true;
    }
}
