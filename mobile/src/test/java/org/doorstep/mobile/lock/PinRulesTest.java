package org.doorstep.mobile.lock;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PinRulesTest {
    @ParameterizedTest
    @ValueSource(strings = {"270419", "5820317", "1357924680", "correct horse", "Ffion's dog 2", "owl-moon"})
    void acceptsPinsOfSixDigitsAndPassphrasesOfEightCharacters(String pin) {
        assertEquals(Optional.empty(), PinRules.problem(pin));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''|Choose a PIN of at least 6 digits, or a passphrase of at least 8 characters.",
            "12345|A PIN needs at least 6 digits.",
            "0000|A PIN needs at least 6 digits.",
            "111111|Choose a PIN that is harder to guess than 111111.",
            "123456|Choose a PIN that is harder to guess than 123456.",
            "987654|Choose a PIN that is harder to guess than 987654.",
            "789012|Choose a PIN that is harder to guess than 789012.",
            "abc123|A passphrase needs at least 8 characters (or use a PIN of 6 or more digits).",
            "'        '|A passphrase needs at least 8 characters (or use a PIN of 6 or more digits)."})
    void refusesShortAndObviousOnesSayingWhy(String pin, String problem) {
        assertEquals(Optional.of(problem), PinRules.problem(pin));
    }

    @org.junit.jupiter.api.Test
    void refusesNothingAndVeryLongOnes() {
        assertEquals(Optional.of("Choose a PIN of at least 6 digits, or a passphrase of at least 8 characters."),
                PinRules.problem(null));
        assertEquals(Optional.of("Use at most 128 characters."), PinRules.problem("x".repeat(129)));
    }
}
